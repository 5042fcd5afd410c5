// useAsync: load something when its key changes; a stale answer never overwrites a newer one.
import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

export type Async<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ok'; data: T };

export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): Async<T> {
  const [v, setV] = useState<Async<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setV({ state: 'loading' });
    load().then(
      (data) => live && setV({ state: 'ok', data }),
      (e: Error) => live && setV({ state: 'error', message: e.message }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return v;
}

export function Show<T>({ value, children }: { value: Async<T>; children: (data: T) => ComponentChildren }) {
  if (value.state === 'loading') return <p class="muted loading">Loading…</p>;
  if (value.state === 'error') return <p class="error" role="alert">{value.message}</p>;
  return <>{children(value.data)}</>;
}
