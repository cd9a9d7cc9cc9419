import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';

/**
 * PUTs a file to a presigned URL in one request, streamed from disk with its exact Content-Length
 * (object stores refuse chunked PUTs, and a presigned URL may sign the length).
 */
export async function putFile(
  url: string,
  file: string,
  onProgress: (sentBytes: number, totalBytes: number) => void = () => {},
): Promise<void> {
  const { size } = await stat(file);
  const target = new URL(url);
  const send = target.protocol === 'https:' ? https.request : http.request;
  await new Promise<void>((resolve, reject) => {
    const request = send(
      target,
      { method: 'PUT', headers: { 'content-length': String(size), 'content-type': 'application/zip' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          if (status >= 200 && status < 300) return resolve();
          const body = Buffer.concat(chunks).toString('utf8').slice(0, 500);
          reject(new Error(`the object store refused the upload: HTTP ${status} ${body}`.trim()));
        });
        response.on('error', reject);
      },
    );
    request.on('error', (err) => reject(new Error(`upload failed: ${err.message}`)));
    let sent = 0;
    const source = createReadStream(file);
    source.on('data', (chunk) => {
      sent += chunk.length;
      onProgress(sent, size);
    });
    source.on('error', (err) => request.destroy(err));
    source.pipe(request);
  });
}
