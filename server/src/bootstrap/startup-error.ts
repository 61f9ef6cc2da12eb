/**
 * A failure before the server listens that the operator can fix: printed as one line
 * (`zhiping: <what>: <how to fix>`), then the process exits with 1. Never a stack trace.
 */
export class StartupError extends Error {}
