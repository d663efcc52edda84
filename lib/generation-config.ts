import { markGenuine } from "./private/genuine";

/**
 * The emotion Cartesia guides its speech toward (`generation_config.emotion`; the sonic-3 family only).
 *
 * The constants are the `Emotion` union of Cartesia's SDK (`@cartesia/cartesia-js` 4.2.0,
 * `resources/tts.d.ts`), in its order; Cartesia calls `neutral`, `calm`, `angry`, `content`, `sad` and
 * `scared` the primary ones. `Emotion.of` takes another name, which is sent with a warning.
 */
export class Emotion {
  /** `neutral`, one of the primary emotions. */
  public static readonly NEUTRAL = new Emotion("neutral");
  /** `happy`. */
  public static readonly HAPPY = new Emotion("happy");
  /** `excited`. */
  public static readonly EXCITED = new Emotion("excited");
  /** `enthusiastic`. */
  public static readonly ENTHUSIASTIC = new Emotion("enthusiastic");
  /** `elated`. */
  public static readonly ELATED = new Emotion("elated");
  /** `euphoric`. */
  public static readonly EUPHORIC = new Emotion("euphoric");
  /** `triumphant`. */
  public static readonly TRIUMPHANT = new Emotion("triumphant");
  /** `amazed`. */
  public static readonly AMAZED = new Emotion("amazed");
  /** `surprised`. */
  public static readonly SURPRISED = new Emotion("surprised");
  /** `flirtatious`. */
  public static readonly FLIRTATIOUS = new Emotion("flirtatious");
  /** `curious`. */
  public static readonly CURIOUS = new Emotion("curious");
  /** `content`, one of the primary emotions. */
  public static readonly CONTENT = new Emotion("content");
  /** `peaceful`. */
  public static readonly PEACEFUL = new Emotion("peaceful");
  /** `serene`. */
  public static readonly SERENE = new Emotion("serene");
  /** `calm`, one of the primary emotions. */
  public static readonly CALM = new Emotion("calm");
  /** `grateful`. */
  public static readonly GRATEFUL = new Emotion("grateful");
  /** `affectionate`. */
  public static readonly AFFECTIONATE = new Emotion("affectionate");
  /** `trust`. */
  public static readonly TRUST = new Emotion("trust");
  /** `sympathetic`. */
  public static readonly SYMPATHETIC = new Emotion("sympathetic");
  /** `anticipation`. */
  public static readonly ANTICIPATION = new Emotion("anticipation");
  /** `mysterious`. */
  public static readonly MYSTERIOUS = new Emotion("mysterious");
  /** `angry`, one of the primary emotions. */
  public static readonly ANGRY = new Emotion("angry");
  /** `mad`. */
  public static readonly MAD = new Emotion("mad");
  /** `outraged`. */
  public static readonly OUTRAGED = new Emotion("outraged");
  /** `frustrated`. */
  public static readonly FRUSTRATED = new Emotion("frustrated");
  /** `agitated`. */
  public static readonly AGITATED = new Emotion("agitated");
  /** `threatened`. */
  public static readonly THREATENED = new Emotion("threatened");
  /** `disgusted`. */
  public static readonly DISGUSTED = new Emotion("disgusted");
  /** `contempt`. */
  public static readonly CONTEMPT = new Emotion("contempt");
  /** `envious`. */
  public static readonly ENVIOUS = new Emotion("envious");
  /** `sarcastic`. */
  public static readonly SARCASTIC = new Emotion("sarcastic");
  /** `ironic`. */
  public static readonly IRONIC = new Emotion("ironic");
  /** `sad`, one of the primary emotions. */
  public static readonly SAD = new Emotion("sad");
  /** `dejected`. */
  public static readonly DEJECTED = new Emotion("dejected");
  /** `melancholic`. */
  public static readonly MELANCHOLIC = new Emotion("melancholic");
  /** `disappointed`. */
  public static readonly DISAPPOINTED = new Emotion("disappointed");
  /** `hurt`. */
  public static readonly HURT = new Emotion("hurt");
  /** `guilty`. */
  public static readonly GUILTY = new Emotion("guilty");
  /** `bored`. */
  public static readonly BORED = new Emotion("bored");
  /** `tired`. */
  public static readonly TIRED = new Emotion("tired");
  /** `rejected`. */
  public static readonly REJECTED = new Emotion("rejected");
  /** `nostalgic`. */
  public static readonly NOSTALGIC = new Emotion("nostalgic");
  /** `wistful`. */
  public static readonly WISTFUL = new Emotion("wistful");
  /** `apologetic`. */
  public static readonly APOLOGETIC = new Emotion("apologetic");
  /** `hesitant`. */
  public static readonly HESITANT = new Emotion("hesitant");
  /** `insecure`. */
  public static readonly INSECURE = new Emotion("insecure");
  /** `confused`. */
  public static readonly CONFUSED = new Emotion("confused");
  /** `resigned`. */
  public static readonly RESIGNED = new Emotion("resigned");
  /** `anxious`. */
  public static readonly ANXIOUS = new Emotion("anxious");
  /** `panicked`. */
  public static readonly PANICKED = new Emotion("panicked");
  /** `alarmed`. */
  public static readonly ALARMED = new Emotion("alarmed");
  /** `scared`, one of the primary emotions. */
  public static readonly SCARED = new Emotion("scared");
  /** `proud`. */
  public static readonly PROUD = new Emotion("proud");
  /** `confident`. */
  public static readonly CONFIDENT = new Emotion("confident");
  /** `distant`. */
  public static readonly DISTANT = new Emotion("distant");
  /** `skeptical`. */
  public static readonly SKEPTICAL = new Emotion("skeptical");
  /** `contemplative`. */
  public static readonly CONTEMPLATIVE = new Emotion("contemplative");
  /** `determined`. */
  public static readonly DETERMINED = new Emotion("determined");

  /** Every emotion Cartesia's SDK names, in its order. */
  // A plain array: jsii carries no ReadonlyArray to the other languages.
  public static readonly ALL: Emotion[] = [
    Emotion.NEUTRAL,
    Emotion.HAPPY,
    Emotion.EXCITED,
    Emotion.ENTHUSIASTIC,
    Emotion.ELATED,
    Emotion.EUPHORIC,
    Emotion.TRIUMPHANT,
    Emotion.AMAZED,
    Emotion.SURPRISED,
    Emotion.FLIRTATIOUS,
    Emotion.CURIOUS,
    Emotion.CONTENT,
    Emotion.PEACEFUL,
    Emotion.SERENE,
    Emotion.CALM,
    Emotion.GRATEFUL,
    Emotion.AFFECTIONATE,
    Emotion.TRUST,
    Emotion.SYMPATHETIC,
    Emotion.ANTICIPATION,
    Emotion.MYSTERIOUS,
    Emotion.ANGRY,
    Emotion.MAD,
    Emotion.OUTRAGED,
    Emotion.FRUSTRATED,
    Emotion.AGITATED,
    Emotion.THREATENED,
    Emotion.DISGUSTED,
    Emotion.CONTEMPT,
    Emotion.ENVIOUS,
    Emotion.SARCASTIC,
    Emotion.IRONIC,
    Emotion.SAD,
    Emotion.DEJECTED,
    Emotion.MELANCHOLIC,
    Emotion.DISAPPOINTED,
    Emotion.HURT,
    Emotion.GUILTY,
    Emotion.BORED,
    Emotion.TIRED,
    Emotion.REJECTED,
    Emotion.NOSTALGIC,
    Emotion.WISTFUL,
    Emotion.APOLOGETIC,
    Emotion.HESITANT,
    Emotion.INSECURE,
    Emotion.CONFUSED,
    Emotion.RESIGNED,
    Emotion.ANXIOUS,
    Emotion.PANICKED,
    Emotion.ALARMED,
    Emotion.SCARED,
    Emotion.PROUD,
    Emotion.CONFIDENT,
    Emotion.DISTANT,
    Emotion.SKEPTICAL,
    Emotion.CONTEMPLATIVE,
    Emotion.DETERMINED,
  ];

  /**
   * The emotion of that name: the constant when Cartesia's SDK names it, else one the library does not
   * know, sent as given with a warning (Cartesia may accept emotions its SDK does not list yet).
   */
  public static of(name: string): Emotion {
    return Emotion.ALL.find((e) => e.name === name) ?? new Emotion(name);
  }

  private constructor(
    /** As sent in `generation_config.emotion`. */
    public readonly name: string,
  ) {
    markGenuine(this);
  }
}

/**
 * Cartesia's `generation_config` (`GenerationConfig` in `@cartesia/cartesia-js`, "Volume, Speed, and
 * Emotion in Sonic-3": https://docs.cartesia.ai/build-with-cartesia/sonic-3/volume-speed-emotion).
 */
export interface GenerationConfig {
  /**
   * Speed, from 0.6 to 1.5 times the voice's own.
   * @default - 1, the voice's own speed
   */
  readonly speed?: number;
  /**
   * Volume, from 0.5 to 2.0 times the voice's own.
   * @default - 1, the voice's own volume
   */
  readonly volume?: number;
  /**
   * The emotion the speech is guided toward, such as `Emotion.CALM`.
   * @default - none; the voice's own
   */
  readonly emotion?: Emotion;
}

/**
 * Cartesia's ranges for `speed` and `volume` (`GenerationConfig` in `@cartesia/cartesia-js`: "Valid values
 * are between [0.6, 1.5] inclusive" and "[0.5, 2.0]"): the props check and smoke's contract read them (this file loads no engine).
 */
export const GENERATION_RANGES: Readonly<Record<"speed" | "volume", readonly [number, number]>> = { speed: [0.6, 1.5], volume: [0.5, 2.0] };

/**
 * The ranged fields of a generation config that are given but not a number within Cartesia's range: the one
 * test both the props check and smoke's contract apply, each wording it for its reader.
 */
export function outOfRange(given: Readonly<Record<string, unknown>>): { field: string; value: unknown; min: number; max: number }[] {
  return Object.entries(GENERATION_RANGES).flatMap(([field, [min, max]]) => {
    const value = given[field];
    return value !== undefined && !(typeof value === "number" && value >= min && value <= max) ? [{ field, value, min, max }] : [];
  });
}
