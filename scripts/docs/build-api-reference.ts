import { Application, JSX, TSConfigReader, TypeDocReader } from "typedoc";
import { renderNav } from "./layout";
import { TYPEDOC_CONFIG } from "./paths";
import { API_REFERENCE_DIR } from "./site-map";

/**
 * Generates the facade's API reference from its TSDoc with TypeDoc (configured in `typedoc.json`),
 * with the site header on every page. Returns how many warnings TypeDoc reported; errors throw.
 */
export async function buildApiReference(headerCss: string): Promise<number> {
  // Only the config file and tsconfig are read: not process.argv, not package.json "typedocOptions".
  const app = await Application.bootstrapWithPlugins({ options: TYPEDOC_CONFIG }, [
    new TypeDocReader(),
    new TSConfigReader(),
  ]);
  // No favicon request to a server root the site may not own: an empty inline icon instead.
  app.renderer.hooks.on("head.end", () => JSX.createElement("link", { rel: "icon", href: "data:," }));
  app.renderer.hooks.on("head.end", () =>
    JSX.createElement("style", null, JSX.createElement(JSX.Raw, { html: headerCss })),
  );
  app.renderer.hooks.on("body.begin", (context) =>
    JSX.createElement(
      "header",
      { class: "site-header" },
      JSX.createElement(JSX.Raw, { html: renderNav(`${API_REFERENCE_DIR}/${context.page.url}`) }),
    ),
  );
  const project = await app.convert();
  if (!project || app.logger.hasErrors())
    throw new Error("TypeDoc could not document the facade (see above)");
  app.validate(project);
  await app.generateDocs(project, app.options.getValue("out"));
  if (app.logger.hasErrors()) throw new Error("TypeDoc failed while writing the API reference (see above)");
  return app.logger.warningCount;
}
