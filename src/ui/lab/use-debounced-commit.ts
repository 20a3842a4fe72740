// A control's local value that follows input at once and is committed after the hand rests (one marker per turn, not per pixel).
import { useEffect, useRef, useState } from 'react';

export function useDebouncedCommit(value: number, commit: (value: number) => void, delayMs = 350): [number, (next: number) => void] {
  const [local, setLocal] = useState(value);
  const [editing, setEditing] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  }, [commit]);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  const change = (next: number) => {
    setLocal(next);
    setEditing(true);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setEditing(false);
      commitRef.current(next);
    }, delayMs);
  };
  return [editing ? local : value, change];
}
