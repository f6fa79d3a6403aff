/**
 * What every CLI command is given and how it writes: the three streams (real ones from `cli.ts`,
 * fakes in tests), and writing with back-pressure, since a command's output can be large and stdout
 * may be a slow pipe. One home, so commands do not import the entry point nor copy this.
 */

/** The streams a command reads and writes. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Writes `s`, resolving once the stream can take more (after 'drain' when its buffer is full). */
export function write(stream: NodeJS.WritableStream, s: string): Promise<void> {
  return new Promise((done) => {
    if (stream.write(s)) done();
    else stream.once('drain', () => done());
  });
}
