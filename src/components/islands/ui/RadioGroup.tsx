import type { ComponentChildren } from 'preact';

export interface RadioGroupProps<T extends string> {
  /** The group's visible name (its legend). */
  legend: string;
  /** The inputs' `name`: unique on the page. */
  name: string;
  options: readonly T[];
  /** What each option says. */
  labelOf: (option: T) => string;
  value: T | undefined;
  onChange: (option: T) => void;
  /** More classes for the group (`severity-choices`). */
  class?: string;
  /** More classes for one option's label (`level-high`). */
  optionClass?: (option: T) => string;
  /** Shown after the options, inside the group (a hint that belongs to the question). */
  children?: ComponentChildren;
}

/**
 * A set of native radio buttons under a legend: arrow keys move between them, and each whole
 * label is a 44 px target (`.choice`).
 */
export function RadioGroup<T extends string>({
  legend,
  name,
  options,
  labelOf,
  value,
  onChange,
  class: className,
  optionClass,
  children,
}: RadioGroupProps<T>) {
  return (
    <fieldset class={className ? `choices ${className}` : 'choices'}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} class={optionClass ? `choice ${optionClass(option)}` : 'choice'}>
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          {labelOf(option)}
        </label>
      ))}
      {children}
    </fieldset>
  );
}
