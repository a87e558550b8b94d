import { describe, expect, it } from 'vitest';
import { hashFeature, Perceptron, rng } from '../../src/nlp/perceptron.js';

/** A toy task: label 1 when feature "a" is present, 0 when "b" is; "c" is noise. */
function toy(): Perceptron {
  const m = new Perceptron(['no', 'yes'], 8);
  const rand = rng(1);
  const feats = new Int32Array(2);
  const scores = new Float64Array(2);
  for (let i = 0; i < 200; i++) {
    const yes = rand() < 0.5;
    feats[0] = hashFeature(1, yes ? 'a' : 'b');
    feats[1] = hashFeature(2, rand() < 0.5 ? 'c' : 'd');
    m.score(feats, 2, scores);
    m.update(feats, 2, yes ? 1 : 0, m.best(scores, null));
  }
  m.average();
  return m;
}

function predict(m: Perceptron, f: string): string {
  const scores = new Float64Array(m.L);
  m.score(Int32Array.of(hashFeature(1, f)), 1, scores);
  return m.labels[m.best(scores, null)];
}

describe('Perceptron', () => {
  it('learns a separable toy task', () => {
    const m = toy();
    expect(predict(m, 'a')).toBe('yes');
    expect(predict(m, 'b')).toBe('no');
  });

  it('is deterministic: the same steps give the same bytes', () => {
    expect(toy().serialize().equals(toy().serialize())).toBe(true);
  });

  it.each([1, 2] as const)('round-trips through %i-byte weights with the same decisions and near scores', (bytes) => {
    const m = toy();
    const back = Perceptron.deserialize(m.serialize(bytes));
    expect(back.labels).toEqual(['no', 'yes']);
    expect(back.bits).toBe(8);
    for (const f of ['a', 'b']) {
      expect(predict(back, f)).toBe(predict(m, f));
      const s1 = new Float64Array(2);
      const s2 = new Float64Array(2);
      m.score(Int32Array.of(hashFeature(1, f)), 1, s1);
      back.score(Int32Array.of(hashFeature(1, f)), 1, s2);
      const tol = Math.max(Math.abs(s1[0]), Math.abs(s1[1])) / (bytes === 1 ? 100 : 10000);
      expect(Math.abs(s1[1] - s2[1])).toBeLessThanOrEqual(tol);
    }
  });

  it('keeps meta and respects `allowed` when choosing', () => {
    const m = toy();
    m.meta.note = 'x';
    const back = Perceptron.deserialize(m.serialize());
    expect(back.meta.note).toBe('x');
    const scores = Float64Array.of(5, 1);
    expect(back.best(scores, Uint8Array.of(0, 1))).toBe(1);
  });

  it('refuses files that are not its own or are cut short', () => {
    expect(() => Perceptron.deserialize(Buffer.from('hello world, not a model'), 'x.bin')).toThrow(/x\.bin: not a claimtrail perceptron file/);
    const buf = toy().serialize();
    expect(() => Perceptron.deserialize(buf.subarray(0, buf.length - 10), 'y.bin')).toThrow(/y\.bin: truncated or corrupt/);
  });
});
