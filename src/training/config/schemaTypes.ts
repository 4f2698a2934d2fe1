interface FieldBase {
  description: string;
  /** The key only has an effect when a sibling key has this value. */
  usedOnlyWhen?: { key: string; equals: string };
}

export interface IntegerField extends FieldBase {
  kind: 'integer';
  min: number;
  nullable?: boolean;
  default: number | null;
}

export interface NumberField extends FieldBase {
  kind: 'number';
  min?: number;
  exclusiveMin?: number;
  max?: number;
  exclusiveMax?: number;
  default: number;
}

export interface BooleanField extends FieldBase {
  kind: 'boolean';
  default: boolean;
}

/** A string without a fixed default: it falls back to the config file's name. */
export interface NameField extends FieldBase {
  kind: 'name';
}

/** A folder written relative to the config file's folder, resolved to an absolute path. */
export interface PathField extends FieldBase {
  kind: 'path';
  default: string;
}

export interface EnumField extends FieldBase {
  kind: 'enum';
  values: readonly string[];
  default: string;
}

export interface IntegerListField extends FieldBase {
  kind: 'integerList';
  itemMin: number;
  default: readonly number[];
}

export interface SectionField extends FieldBase {
  kind: 'section';
  fields: Readonly<Record<string, Field>>;
}

export type LeafField =
  | IntegerField
  | NumberField
  | BooleanField
  | NameField
  | PathField
  | EnumField
  | IntegerListField;

export type Field = LeafField | SectionField;

type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** The validated value a field describes, with snake_case keys turned into camelCase. */
export type FieldValue<F extends Field> = F extends SectionField
  ? {
      -readonly [K in keyof F['fields'] & string as CamelCase<K>]: FieldValue<
        F['fields'][K]
      >;
    }
  : F extends EnumField
    ? F['values'][number]
    : F extends IntegerField
      ? F['nullable'] extends true
        ? number | null
        : number
      : F extends NumberField
        ? number
        : F extends BooleanField
          ? boolean
          : F extends NameField | PathField
            ? string
            : F extends IntegerListField
              ? number[]
              : never;
