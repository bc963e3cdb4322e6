import { createFacade } from "./facade";
import { createFloor } from "./floor";
import { createHuaweiSdkAxios } from "./huawei-sdk-axios";
import { createOpenapiFetchAlone } from "./openapi-fetch-alone";

/** Variant names, as the tables print them. The floor comes first and every ratio is to it. */
export const VARIANTS = {
  floor: "floor: fetch + node:crypto",
  cloudsnap: "cloudsnap",
  openapiFetch: "openapi-fetch alone",
  huaweiSdkAxios: "Huawei SDK signer + axios",
} as const;

/** One way of making a scenario's call(s); resolves to the value the scenario checks. */
export interface Variant {
  readonly name: string;
  readonly call: () => Promise<string>;
}

/** One row group of the per-call table: the same provider exchange made by each variant. */
export interface Scenario {
  readonly name: string;
  /** HTTP requests one call makes (the same for every variant). */
  readonly requests: number;
  readonly variants: readonly Variant[];
  /** Whether a variant's result is the answer the server gave (checked once, before timing). */
  readonly isExpected: (value: string) => boolean;
}

/** The five scenarios of the per-call table, every variant bound to the loopback `origin`. */
export function createScenarios(origin: string): Scenario[] {
  const floor = createFloor(origin);
  const facade = createFacade(origin);
  const alone = createOpenapiFetchAlone(origin);
  const sdk = createHuaweiSdkAxios(origin);
  const three = (key: keyof typeof floor): Variant[] => [
    { name: VARIANTS.floor, call: floor[key] },
    { name: VARIANTS.cloudsnap, call: facade[key] },
    { name: VARIANTS.openapiFetch, call: alone[key] },
  ];
  return [
    {
      name: "NCP VPC createBlockStorageSnapshotInstance (JSON)",
      requests: 1,
      variants: three("ncloudVpcCreate"),
      isExpected: (value) => value === "*****4323",
    },
    {
      name: "Huawei EVS createSnapshot (JSON, AK/SK)",
      requests: 1,
      variants: [...three("huaweiEvsCreate"), { name: VARIANTS.huaweiSdkAxios, call: sdk.huaweiEvsCreate }],
      isExpected: (value) => value === "bb02c803-55ac-4e84-9c80-60d352199d7d",
    },
    {
      name: "ZStack createVolumeSnapshot (JSON, AccessKey; 202 + one job poll)",
      requests: 2,
      variants: three("zstackCreate"),
      isExpected: (value) => value === "ec8f396d8a5d48ce8bd949d469c0be62",
    },
    {
      name: "Classic NAS createNasVolumeSnapshot (XML, guard off)",
      requests: 1,
      variants: three("ncloudNasCreateXml"),
      // The floor and openapi-fetch read the XML text only; the facade decodes it.
      isExpected: (value) => value.includes("now.20240403.164347"),
    },
    {
      name: "Huawei EVS createSnapshotAndWait (job SUCCESS + snapshot available on the first poll)",
      requests: 3,
      variants: [
        ...three("huaweiEvsCreateAndWait"),
        { name: VARIANTS.huaweiSdkAxios, call: sdk.huaweiEvsCreateAndWait },
      ],
      isExpected: (value) => value === "bb02c803-55ac-4e84-9c80-60d352199d7d:available",
    },
  ];
}
