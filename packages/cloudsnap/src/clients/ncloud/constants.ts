/** NAVER Cloud sites and their gateway origins (providers.md §1.1). */
export const NCLOUD_SITES = {
  public: {
    gateway: "https://ncloud.apigw.ntruss.com",
    searchEngine: "https://vpcsearchengine.apigw.ntruss.com",
  },
  gov: {
    gateway: "https://ncloud.apigw.gov-ntruss.com",
    searchEngine: "https://vpcsearchengine.apigw.gov-ntruss.com",
  },
  fin: {
    gateway: "https://fin-ncloud.apigw.fin-ntruss.com",
    searchEngine: "https://fin-vpcsearchengine.apigw.fin-ntruss.com",
  },
} as const;

/** A NAVER Cloud site: the public cloud, the government cloud or the financial cloud. */
export type NcloudSite = keyof typeof NCLOUD_SITES;
