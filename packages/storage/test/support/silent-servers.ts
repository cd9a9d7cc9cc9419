import { createServer, type Server, type Socket } from 'node:net';

/** A TCP server under a test's control, which knows how many client connections are still open. */
export interface TestTcpServer {
  endpoint: string;
  openConnections(): number;
  close(): Promise<void>;
}

/**
 * Starts a TCP server whose every connection is handed to `onConnection`. The handlers below model
 * servers that accept connections and then stop answering, which a refusing (closed) port cannot.
 */
export async function startTcpServer(onConnection: (socket: Socket) => void): Promise<TestTcpServer> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    onConnection(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    openConnections: () => sockets.size,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Reads every request and never answers (a hung server process, a black-holing proxy). */
export const neverAnswers = (socket: Socket) => socket.resume();

/**
 * Stops reading, so that a client's upload stalls once the kernel buffers are full; after `ms` it
 * drains what was buffered, and so sees the client's close - if the client did close its socket.
 */
export const stopsReadingFor =
  (ms: number) =>
  (socket: Socket): void => {
    socket.pause();
    const timer = setTimeout(() => socket.resume(), ms);
    socket.on('close', () => clearTimeout(timer));
  };

/** Answers the first request with headers and the first bytes of a body, then stalls. */
export const stallsMidBody = (socket: Socket) => {
  socket.once('data', () => {
    socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 1000\r\n\r\n');
    socket.write(Buffer.alloc(10, 1));
  });
};

/** Answers with a 1000-byte body sent in slices, one every `intervalMs`: slow, but never idle. */
export const tricklesBody =
  (slices: number, intervalMs: number) =>
  (socket: Socket): void => {
    socket.once('data', () => {
      const size = 1000;
      socket.write(
        `HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: ${size}\r\n\r\n`,
      );
      let sent = 0;
      const timer = setInterval(() => {
        const slice = Math.ceil(size / slices);
        const bytes = Math.min(slice, size - sent);
        socket.write(Buffer.alloc(bytes, 7));
        sent += bytes;
        if (sent >= size) clearInterval(timer);
      }, intervalMs);
      socket.on('close', () => clearInterval(timer));
    });
  };
