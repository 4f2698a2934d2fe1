/** The runs ticked in the Runs view, kept across refreshes until they leave the store. */
export class CheckedRuns {
  private readonly checked = new Set<string>();

  has(runId: string): boolean {
    return this.checked.has(runId);
  }

  get size(): number {
    return this.checked.size;
  }

  set(runId: string, checked: boolean): void {
    if (checked) {
      this.checked.add(runId);
    } else {
      this.checked.delete(runId);
    }
  }

  clear(): void {
    this.checked.clear();
  }

  /** Drops runs that no longer exist; returns whether any were dropped. */
  keepOnly(exists: (runId: string) => boolean): boolean {
    const before = this.checked.size;
    for (const runId of [...this.checked]) {
      if (!exists(runId)) {
        this.checked.delete(runId);
      }
    }
    return this.checked.size !== before;
  }

  /** The checked runs in the order given, such as the view's newest first. */
  inOrder(runIds: readonly string[]): string[] {
    return runIds.filter((runId) => this.checked.has(runId));
  }
}
