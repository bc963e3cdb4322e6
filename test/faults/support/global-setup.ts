import { clearCells, writeMatrix } from "./matrix";

/** Clears the last run's cells; after the run, merges every file's into matrix.md and prints it. */
export default function setup(): () => void {
  clearCells();
  return () => {
    console.log(`\n${writeMatrix()}`);
  };
}
