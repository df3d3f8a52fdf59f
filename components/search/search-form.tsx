"use client";

import { useState, type FormEvent, type Ref } from "react";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { Field, inputClass } from "@/components/ui/field";
import type { TimeZoneMode } from "@/lib/preferences/time-zone";
import type { SearchUrlState } from "@/lib/search-url/parsers";
import type { SearchUrlReading } from "@/lib/search-url/read-search-url";
import { draftFromSearch, searchFromDraft, type DraftErrors, type SearchDraft } from "@/lib/search-url/search-draft";
import { ADVANCED_FIELDS, hasAdvanced } from "@/lib/search-url/search-url";
import { AdvancedFields } from "./advanced-fields";
import { DispositionChips } from "./disposition-chips";
import { TimeRangeField } from "./time-range-field";
import { useHydrated } from "@/lib/preferences/stored-value";

type Props = {
  search: SearchUrlState;
  /** The URL's text of fields it could not use, and why (readSearchUrl): kept in the form, marked invalid. */
  url?: Pick<SearchUrlReading, "given" | "problems">;
  mode: TimeZoneMode;
  /** Messages the API gave per field (a 400), shown beside the fields like the form's own. */
  serverErrors?: Record<string, string[]>;
  searchBoxRef: Ref<HTMLInputElement>;
  onSubmit: (search: SearchUrlState) => void;
};

/** The search as the user edits it. It is checked with the API's schema and only reaches the URL
 *  (and so the results) when submitted; the parent remounts it when the URL changes. */
export function SearchForm({ search, url, mode, serverErrors = {}, searchBoxRef, onSubmit }: Props) {
  const [draft, setDraft] = useState<SearchDraft>(() => draftFromSearch(search, url?.given));
  const [errors, setErrors] = useState<DraftErrors>({});
  // The rest of the filters show when asked for, and by themselves when the search uses one.
  const [showAdvanced, setShowAdvanced] = useState(() => hasAdvanced(search));
  // On a phone the box and Search are the bar; the range, which mail and the dispositions fold under "Filters".
  const [showFilters, setShowFilters] = useState(false);
  const change = (patch: Partial<SearchDraft>) => setDraft((current) => ({ ...current, ...patch }));
  // Tells tests (and anything else watching) that the form now answers to input: a change made to
  // the server-rendered form before hydration would be lost.
  const hydrated = useHydrated();

  const submit = (next: SearchDraft) => {
    const result = searchFromDraft(next);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    onSubmit(result.search);
  };

  const onFormSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit(draft);
  };

  const shown: DraftErrors = { ...errors };
  const elsewhere: Array<[string, string | undefined]> = [
    ...Object.entries(serverErrors).map(([name, messages]): [string, string | undefined] => [name, messages[0]]),
    ...(url?.problems ?? []).map((problem): [string, string] => [problem.field, problem.reason]),
  ];
  for (const [name, message] of elsewhere) {
    const key = name as keyof DraftErrors;
    if (!shown[key] && message) shown[key] = message;
  }

  const filtersOpen = showFilters || Boolean(shown.range || shown.start || shown.end || shown.final_disposition);
  const folded = filtersOpen ? "" : "max-sm:hidden";
  const advancedCount = ADVANCED_FIELDS.filter((key) => draft[key].trim() !== "").length;
  const advancedOpen = showAdvanced || ADVANCED_FIELDS.some((key) => shown[key]);

  // One bar: the box, the range, which mail, Search; under it the dispositions and the rest of the
  // filters behind one button, so the rows start high on the screen.
  return (
    <form role="search" aria-label="Search messages" noValidate onSubmit={onFormSubmit} data-hydrated={hydrated || undefined} className="space-y-2">
      <div className="grid grid-cols-1 items-end gap-x-3 gap-y-2 md:grid-cols-[minmax(12rem,1fr)_auto_auto_auto]">
        <Field label="Search" error={shown.query} hint="Sender, recipient, subject or id. Press / to come back here." hintHidden>
          {(control) => (
            <div className="relative">
              <input
                {...control}
                ref={searchBoxRef}
                type="search"
                name="query"
                autoComplete="off"
                className={`${inputClass} w-full pr-8`}
                placeholder="Sender, recipient, subject or id"
                value={draft.query}
                onChange={(event) => change({ query: event.target.value })}
              />
              <kbd aria-hidden="true" className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 rounded border border-zinc-300 px-1.5 text-xs text-zinc-500 dark:border-zinc-600 dark:text-zinc-400">
                /
              </kbd>
            </div>
          )}
        </Field>
        <div className={folded}>
          <TimeRangeField draft={draft} errors={shown} mode={mode} onChange={change} />
        </div>
        <fieldset className={`flex flex-col gap-1 ${folded}`}>
          <legend className="sr-only">Messages</legend>
          <div className="flex h-[34px] items-center gap-3 text-sm">
            {(
              [
                ["true", "Detections only"],
                ["false", "All mail"],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="flex items-center gap-1 whitespace-nowrap">
                <input type="radio" name="detections_only" value={value} checked={draft.detections_only === value} onChange={() => change({ detections_only: value })} />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex items-end gap-2">
          <Button type="submit" variant="primary">
            <Icon name="search" />
            Search
          </Button>
          <Button className="sm:hidden" aria-expanded={filtersOpen} onClick={() => setShowFilters(!filtersOpen)}>
            <Icon name="sliders-horizontal" />
            Filters
            <Icon name={filtersOpen ? "chevron-up" : "chevron-down"} className="size-3.5 opacity-70" />
          </Button>
        </div>
      </div>
      <div className={`flex flex-wrap items-center gap-x-4 gap-y-2 ${folded}`}>
        <DispositionChips
          value={draft.final_disposition}
          detectionsOnly={draft.detections_only !== "false"}
          onSelect={(value) => {
            // NONE is mail without a detection: with "Detections only" it could never match.
            const next = { ...draft, final_disposition: value, ...(value === "NONE" ? { detections_only: "false" } : {}) };
            setDraft(next);
            submit(next);
          }}
        />
        <Button variant="ghost" aria-expanded={advancedOpen} aria-controls="advanced-filters" onClick={() => setShowAdvanced(!advancedOpen)}>
          <Icon name="sliders-horizontal" />
          Advanced filters{advancedCount > 0 ? ` (${advancedCount})` : ""}
          <Icon name={advancedOpen ? "chevron-up" : "chevron-down"} className="size-3.5 opacity-70" />
        </Button>
      </div>
      {draft.final_disposition === "NONE" && draft.detections_only !== "false" ? (
        <p role="note" className="text-sm text-amber-900 dark:text-amber-200" data-testid="none-never-matches">
          NONE is mail without a detection, so with &ldquo;Detections only&rdquo; this search finds nothing.{" "}
          <Button
            variant="secondary"
            onClick={() => {
              const next = { ...draft, detections_only: "false" };
              setDraft(next);
              submit(next);
            }}
          >
            Search all mail
          </Button>
        </p>
      ) : null}
      {shown.final_disposition && <p className="text-sm text-red-700 dark:text-red-400">{shown.final_disposition}</p>}
      {advancedOpen && <AdvancedFields id="advanced-filters" draft={draft} errors={shown} onChange={change} />}
    </form>
  );
}
