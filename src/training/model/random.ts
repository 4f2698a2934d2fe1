/**
 * A small seeded generator (SplitMix32 to seed, then sfc32), so that initialisation,
 * shuffling and dropout masks are reproducible on every backend and platform.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private counter = 1;

  constructor(seed: number) {
    let state = seed >>> 0;
    const next = () => {
      state = (state + 0x9e3779b9) >>> 0;
      let mixed = state;
      mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b);
      mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
      return (mixed ^ (mixed >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    for (let warmUp = 0; warmUp < 12; warmUp++) {
      this.nextUint32();
    }
  }

  nextUint32(): number {
    const result = (this.a + this.b + this.counter) >>> 0;
    this.counter = (this.counter + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + result) >>> 0;
    return result;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 0x100000000;
  }

  /** Uniform integer in [0, bound). */
  nextInt(bound: number): number {
    return Math.floor(this.next() * bound);
  }

  shuffleInPlace(values: Uint32Array): void {
    for (let index = values.length - 1; index > 0; index--) {
      const other = this.nextInt(index + 1);
      const held = values[index]!;
      values[index] = values[other]!;
      values[other] = held;
    }
  }
}

/** Independent streams for each use, so changing one (say, dropout) keeps the others. */
export function seededStreams(seed: number) {
  return {
    init: new SeededRandom(seed),
    shuffle: new SeededRandom(seed + 0x1000),
    dropout: new SeededRandom(seed + 0x2000),
  };
}
