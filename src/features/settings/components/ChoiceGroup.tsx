import { useId } from 'react'

interface ChoiceGroupProps<T extends string> {
  legend: string
  options: readonly T[]
  value: T
  label: (option: T) => string
  onChange: (option: T) => void
  /** The language each option is written in, when it is not the UI's (language names). */
  optionLang?: (option: T) => string | undefined
  className?: string
}

/** One setting as a set of radio buttons: arrow keys move between options, as readers expect. */
export function ChoiceGroup<T extends string>({
  legend,
  options,
  value,
  label,
  onChange,
  optionLang,
  className,
}: ChoiceGroupProps<T>) {
  const name = useId()
  return (
    <fieldset className={`choice-group ${className ?? ''}`}>
      <legend className="choice-group__legend">{legend}</legend>
      <div className="choice-group__options">
        {options.map((option) => (
          <label key={option} className={`choice choice--${option}`} lang={optionLang?.(option)}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            <span>{label(option)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
