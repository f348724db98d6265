// The gold file's schema (that of data/gold/seeds.json) and its loading.
import { readFile } from "node:fs/promises";
import { LaurelError } from "../errors.ts";

export interface GoldNamed {
  name: string;
  aliases?: string[];
}

export interface GoldAward {
  recipient: string;
  recipientAlternatives?: string[];
  honor: string;
  honorAliases?: string[];
  issuers?: string[];
  issuersImplied?: boolean;
  date?: string;
  status?: string;
  cohortSize?: number;
  batch?: string;
}

export interface GoldDoc {
  organizations?: GoldNamed[];
  programs?: GoldNamed[];
  people?: Array<{ name: string; roles?: string[]; org?: string }>;
  awards?: GoldAward[];
}

export interface Gold {
  docs: Record<string, GoldDoc>;
  crossDocument?: {
    same?: Array<{ entity: string; mentions: Array<[string, string]> }>;
    distinct?: Array<[[string, string], [string, string]]>;
  };
}

export async function loadGold(path: string): Promise<Gold> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new LaurelError("missing-gold", `cannot read gold file ${path}`, { cause: error });
  }
  try {
    const gold = JSON.parse(text) as Gold;
    if (!gold.docs || typeof gold.docs !== "object") throw new Error("no 'docs' object");
    return gold;
  } catch (error) {
    throw new LaurelError("bad-gold", `${path} is not a gold file (${(error as Error).message})`, {
      cause: error,
    });
  }
}
