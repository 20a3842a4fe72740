// A link on a loopback address is told apart from one other devices can open.
import { describe, expect, it } from 'vitest';
import { isLoopbackAddress } from './link-reach';

describe('isLoopbackAddress', () => {
  it.each(['http://localhost:4173/?page=train', 'http://LOCALHOST/', 'http://lab.localhost:5173/', 'http://127.0.0.1:4173/', 'http://127.1.2.3/', 'http://[::1]:4173/'])('knows %s points at this computer only', (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });

  it.each(['http://192.168.1.20:4173/', 'https://lab.example.edu/q-shop/', 'http://10.0.0.5/', 'http://128.0.0.1/', 'http://127.0.0.1.example.com/', 'not a link'])('lets %s be shared', (address) => {
    expect(isLoopbackAddress(address)).toBe(false);
  });
});
