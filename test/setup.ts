/**
 * Excel's custom-functions runtime provides CustomFunctions as a global; outside Excel the tests
 * stand in a minimal copy with the same shape (code and message on an error object).
 */
class StubError {
  constructor(
    public readonly code: string,
    public readonly message?: string,
  ) {}
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { Error: StubError, ErrorCode };
