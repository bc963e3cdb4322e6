// `cloudsnap targets`: how to write a target for each API, with an example, from `targetKinds()`.

import { targetKinds } from "../../unified/targets";
import type { CommandContext } from "../context";
import { EXIT, type ExitCode } from "../exit-codes";
import { writeLine } from "../io";
import { writeEvent } from "../report-json";

/** Runs `targets`. */
export function runTargets(context: CommandContext): ExitCode {
  const { stdout } = context.io;
  for (const kind of targetKinds()) {
    const settings = Object.fromEntries(
      Object.entries(kind.settings).map(([name, s]) => [
        name,
        {
          description: s.description,
          required: s.required === true,
          ...(s.values ? { values: [...s.values] } : {}),
        },
      ]),
    );
    if (context.json) {
      writeEvent(stdout, {
        event: "target",
        api: kind.api,
        provider: kind.provider,
        title: kind.title,
        form: kind.form,
        example: kind.example,
        settings,
      });
      continue;
    }
    writeLine(stdout, `${kind.api}  ${kind.title}`);
    writeLine(stdout, `  form      ${kind.form}`);
    writeLine(stdout, `  example   ${kind.example}`);
    writeLine(stdout, `  volume    ${kind.volumeLabel}: ${kind.volumeForm}`);
    for (const [name, s] of Object.entries(settings)) {
      writeLine(stdout, `  ${name.padEnd(9)} ${s.required ? "(required) " : ""}${s.description}`);
    }
    writeLine(stdout);
  }
  if (!context.json)
    writeLine(stdout, "Quote a target that holds ? or & in the shell: 'ncloud-vpc:20803168?region=KR'.");
  return EXIT.ok;
}
