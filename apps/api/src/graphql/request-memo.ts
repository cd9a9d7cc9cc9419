/**
 * Work done at most once per request, whatever the number of aliases asking for it: `{a:x b:x}`
 * resolves `x` twice in graphql-js, and an alias costs a client nothing to send.
 */
export type RequestMemo = <T>(key: string, work: () => Promise<T>) => Promise<T>;

export function requestMemo(): RequestMemo {
  const results = new Map<string, Promise<unknown>>();
  return <T>(key: string, work: () => Promise<T>) => {
    let result = results.get(key) as Promise<T> | undefined;
    if (!result) {
      result = work();
      results.set(key, result);
    }
    return result;
  };
}
