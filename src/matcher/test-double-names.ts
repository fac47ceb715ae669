// Names a test double goes by: a call on `mock`, `fakeApi`, `stubClient` or `httpMock` exercises a test
// (a local registry of canned responses, a spy); it sends nothing, whatever its arguments spell.
const TEST_DOUBLE_NAME = /^(?:mock|fake|stub|spy|dummy)(?:s|[A-Z_$].*)?$|(?:Mock|Fake|Stub|Spy|Dummy)s?$/;

export function isTestDoubleName(name: string): boolean {
  return TEST_DOUBLE_NAME.test(name);
}
