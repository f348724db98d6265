import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("place-designations: the titles a city, county or town holds, in lower case", () => {
  const read = (text: string) => conferralLines(text);

  test("each designation of a list after 'is a' is held, the bare ones too", () => {
    expect(
      read("Tarn City is a national sanitary city, a forest city and a provincial eco-city."),
    ).toEqual(
      expect.arrayContaining([
        "Tarn City <= national sanitary city",
        "Tarn City <= forest city",
        "Tarn City <= provincial eco-city",
      ]),
    );
  });

  test("an item that only describes is passed over, and the list goes on past it", () => {
    expect(
      read(
        "Pine County is a quiet and green river county, a national sanitary county, as well as a low-carbon pilot county.",
      ),
    ).toEqual([
      "Pine County <= national sanitary county",
      "Pine County <= low-carbon pilot county",
    ]);
  });

  test("'is noted as' China's title and 'the renowned historical and cultural city'", () => {
    expect(
      read(
        "Tarn City is noted as China's outstanding tourist city and the renowned historical and cultural city.",
      ),
    ).toEqual([
      "Tarn City <= China's outstanding tourist city",
      "Tarn City <= renowned historical and cultural city",
    ]);
  });

  test("an ordinal before the level is no part of the title; 'in China' is, as the title's level", () => {
    expect(read("Pine County is also the fifth national ecological county.")).toEqual([
      "Pine County <= national ecological county",
    ]);
    expect(
      read(
        "Reedbank Village is a national civilized village and a famous historical and cultural village of China.",
      ),
    ).toEqual(
      expect.arrayContaining([
        "Reedbank Village <= national civilized village",
        "Reedbank Village <= famous historical and cultural village of China",
      ]),
    );
  });

  test("'one of the first 99 ...' after the place's name or before it says the title and its cohort", () => {
    const sized = (text: string) => conferralLines(text, { size: true });
    expect(
      sized(
        "Tarn City, one of the first 99 historical and cultural cities named by the state, has three old crafts.",
      ),
    ).toEqual(["Tarn City <= historical and cultural cities (99)"]);
    expect(
      sized(
        "One of the first 38 historical and cultural cities in China, Pine County was a seat of the salt trade.",
      ),
    ).toEqual(["Pine County <= historical and cultural cities in China (38)"]);
  });

  test("a title that goes on past its kind ('for ...') is not cut at the kind", () => {
    expect(
      read("Pine County is the national model county for clean rivers and hill farming."),
    ).toEqual(["Pine County <= national model county for clean rivers and hill farming"]);
  });

  test("a city described, not titled, holds nothing", () => {
    expect(read("Tarn City is a major tourist city and a beautiful port city.")).toEqual([]);
    expect(read("Tarn City is a big garden city on the coast.")).toEqual([]);
    expect(read("Tarn City, one of the largest cities in Hunan, has a deep port.")).toEqual([]);
    expect(read("One of the oldest towns in the valley, Pine County was a seat of trade.")).toEqual(
      [],
    );
  });
});
