/** One palette or tree command: its id is declared in constants.ts and in package.json. */
export interface Command {
  readonly id: string;
  execute(...args: unknown[]): unknown;
}
