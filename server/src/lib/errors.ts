/** Typed application errors: each maps to one HTTP status and a stable machine code. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class BadRequestError extends AppError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(400, code, message, details);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = 'Authentication required', code = 'unauthorized') {
    super(401, code, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do this', code = 'forbidden') {
    super(403, code, message);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super(404, 'not_found', `${what} not found`);
  }
}

export class ConflictError extends AppError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(409, code, message, details);
  }
}

export interface FieldError {
  /** Dotted path of the failing field, prefixed with where it was: body, query, params. */
  field: string;
  message: string;
}

export class ValidationError extends AppError {
  constructor(
    readonly errors: FieldError[],
    message = `Invalid input: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
  ) {
    super(400, 'validation_failed', message);
  }
}
