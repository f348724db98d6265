// One error type for fatal, expected problems: the CLI prints its message, not a stack.

export type ExitCode = 1 | 2;

export class LaurelError extends Error {
  readonly code: string;
  readonly exitCode: ExitCode;

  constructor(
    code: string,
    message: string,
    options: { exitCode?: ExitCode; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "LaurelError";
    this.code = code;
    this.exitCode = options.exitCode ?? 1;
  }
}

export function usageError(message: string): LaurelError {
  return new LaurelError("usage", message, { exitCode: 2 });
}
