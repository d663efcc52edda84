import { GenesysAuthError } from "./api-error";

/**
 * A call's answer, or the error it failed with, for checks and listings that go on past one failed
 * call; a refused login or token still ends the whole run.
 */
export async function settle<T>(call: Promise<T>): Promise<T | Error> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof GenesysAuthError) throw error;
    return error instanceof Error ? error : new Error(String(error));
  }
}
