"use client";

import { Button } from "@/components/ui/button";
import type { UrlProblem } from "@/lib/search-url/read-search-url";

const SHOWN_CHARACTERS = 60;

/** A long value (a pasted 3,000-character query) is named by its start and its length. */
function shortened(value: string): string {
  if (value.length <= SHOWN_CHARACTERS) return value;
  return `${value.slice(0, SHOWN_CHARACTERS)}… (${value.length.toLocaleString("en-US")} characters)`;
}

/** Why the link's search did not run: each part of the URL that was not understood, and a way on. */
export function UrlProblems({ problems, onSearchWithout }: { problems: UrlProblem[]; onSearchWithout: () => void }) {
  return (
    <div role="alert" className="mb-3 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
      <p className="font-semibold">This link&rsquo;s search was not run</p>
      <p className="mt-1">
        {problems.length === 1 ? "One part of it was" : `${problems.length} parts of it were`} not understood, and searching without{" "}
        {problems.length === 1 ? "it" : "them"} would show other messages than the link asks for. Correct the search below, or search
        without {problems.length === 1 ? "it" : "them"}.
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {problems.map((problem, index) => (
          <li key={index}>
            <code className="wrap-anywhere">
              {problem.field}={shortened(problem.value)}
            </code>
            : {problem.reason}
          </li>
        ))}
      </ul>
      <Button className="mt-2" onClick={onSearchWithout}>
        Search without these parts
      </Button>
    </div>
  );
}
