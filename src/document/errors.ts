/** Bad input: a one-line message that names the file and the problem. */
export class InputError extends Error {
  constructor(readonly file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'InputError';
  }
}
