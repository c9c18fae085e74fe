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

/**
 * The far end failed rather than the input being wrong: no connection, an HTTP error status, a
 * timeout, endless redirects. The server answers these with 502, other input errors with 422.
 */
export class FetchFailed extends InputError {
  override name = 'FetchFailed';
}
