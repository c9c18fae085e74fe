/** A problem with one input, reported as one line: `<input>: <what is wrong>`. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`${input}: ${reason}`);
  }
}
