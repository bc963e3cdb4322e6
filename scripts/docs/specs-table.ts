import { escapeHtml } from "./escape-html";
import { relativeUrl } from "./relative-url";
import type { SpecSummary } from "./spec-summary";

const PROVIDER_NAMES: Readonly<Record<string, string>> = {
  ncloud: "NAVER Cloud",
  huaweicloud: "Huawei Cloud",
  zstack: "ZStack",
};

/** The overview's table of spec pages: one row per spec, linking its Redoc page and its YAML. */
export function renderSpecsTable(specs: readonly SpecSummary[], fromPath: string): string {
  const rows = specs.map((spec) => {
    const provider = PROVIDER_NAMES[spec.page.provider] ?? spec.page.provider;
    const page = escapeHtml(relativeUrl(fromPath, spec.page.path));
    const yaml = escapeHtml(relativeUrl(fromPath, spec.page.yamlPath));
    return [
      "<tr>",
      `<td>${escapeHtml(provider)}</td>`,
      `<td><a href="${page}">${escapeHtml(spec.title)}</a><br>${inlineCode(spec.summary)}</td>`,
      `<td>${spec.operations}</td>`,
      `<td><a href="${yaml}"><code>${escapeHtml(spec.page.api.spec)}</code></a> (${escapeHtml(versionLabel(spec.version))})</td>`,
      "</tr>",
    ].join("");
  });
  return [
    '<table class="specs">',
    "<thead><tr><th>Provider</th><th>API reference (rendered with Redoc)</th><th>Operations</th><th>Spec</th></tr></thead>",
    `<tbody>${rows.join("\n")}</tbody>`,
    "</table>",
  ].join("\n");
}

/** `info.summary` is Markdown; its only markup in practice is `code`, which becomes <code>. */
function inlineCode(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, "<code>$1</code>");
}

/** `1.0.0` → `v1.0.0`; a version that already says `v2` stays as it is. */
function versionLabel(version: string): string {
  return /^v/i.test(version) ? version : `v${version}`;
}
