/** Disjoint sets over 0…n-1 with path halving: joins pairs into groups in near-constant time each. */
export class UnionFind {
  private readonly parent: Int32Array
  private readonly sizes: Int32Array

  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i)
    this.sizes = new Int32Array(size).fill(1)
  }

  size(i: number): number {
    return this.sizes[this.find(i)] ?? 1
  }

  find(i: number): number {
    let at = i
    while (this.parent[at] !== at) {
      const up = this.parent[at] ?? at
      this.parent[at] = this.parent[up] ?? up
      at = up
    }
    return at
  }

  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)]
    if (ra === rb) return
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra]
    this.parent[child] = root
    this.sizes[root] = (this.sizes[root] ?? 0) + (this.sizes[child] ?? 0)
  }
}
