import type { TestProject } from "vitest/node";
import { type MockServers, startMocks } from "../../scripts/prism/mock-servers";
import { allSpecs } from "../../scripts/prism/specs";

let mocks: MockServers | undefined;

/** Starts one Prism per spec for the whole contract run; teardown stops them even when tests fail. */
export async function setup(project: TestProject): Promise<void> {
  mocks = await startMocks(allSpecs());
  project.provide("mockUrls", mocks.urls);
}

export async function teardown(): Promise<void> {
  await mocks?.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    mockUrls: Record<string, string>;
  }
}
