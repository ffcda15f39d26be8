/** A readonly record filled in field by field before it is handed out as readonly. */
export type Writable<T> = { -readonly [K in keyof T]: T[K] };
