/** Cuts a byte stream into lines, keeping a partial last line until it completes. */
export class LineSplitter {
  private pending = '';

  constructor(private readonly onLine: (line: string) => void) {}

  push(chunk: string): void {
    const parts = (this.pending + chunk).split(/\r?\n/);
    this.pending = parts.pop() ?? '';
    for (const line of parts) {
      this.emit(line);
    }
  }

  end(): void {
    const rest = this.pending;
    this.pending = '';
    this.emit(rest);
  }

  private emit(line: string): void {
    if (line.trim() !== '') {
      this.onLine(line);
    }
  }
}
