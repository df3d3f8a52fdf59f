"use client";

import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { BarStack } from "@visx/shape";
import Link from "next/link";
import { DISPOSITION_COLORS } from "./disposition-colors";

// Detections per day, stacked by disposition (visx: SVG drawn on the server too, so the chart prints and
// shows before any script runs). Each bar part is a link to the messages that make it up. The same
// numbers are in the table under it.

export type ChartDay = { day: string; counts: Record<string, number> };

const HEIGHT = 220;
const MARGIN = { top: 8, bottom: 24, left: 8 };

export function DetectionsChart({ days, dispositions, hrefFor, width = 900 }: { days: ChartDay[]; dispositions: string[]; hrefFor: (day: string, disposition: string) => string; width?: number }) {
  const data = days.map((day) => ({ day: day.day, ...Object.fromEntries(dispositions.map((name) => [name, day.counts[name] ?? 0])) }) as Record<string, number | string> & { day: string });
  const most = Math.max(1, ...days.map((day) => dispositions.reduce((sum, name) => sum + (day.counts[name] ?? 0), 0)));
  const xScale = scaleBand<string>({ domain: days.map((day) => day.day), range: [0, width - MARGIN.left * 2], padding: 0.2 });
  const yScale = scaleLinear<number>({ domain: [0, most], range: [HEIGHT - MARGIN.bottom - MARGIN.top, 0], nice: true });
  const labelEvery = Math.ceil(days.length / 10);
  return (
    <svg viewBox={`0 0 ${width} ${HEIGHT}`} className="h-auto w-full" role="group" aria-label="Detections per day, stacked by disposition: each part a link to its search; the table below gives the numbers">
      <Group top={MARGIN.top} left={MARGIN.left}>
        <BarStack<Record<string, number | string> & { day: string }, string> data={data} keys={dispositions} x={(datum) => datum.day} xScale={xScale} yScale={yScale} color={(key) => DISPOSITION_COLORS[key] ?? "#71717a"}>
          {(stacks) =>
            stacks.map((stack) =>
              stack.bars
                .filter((bar) => bar.height > 0)
                .map((bar) => {
                  const title = `${bar.bar.data.day}: ${String(bar.bar.data[stack.key])} ${stack.key}`;
                  return (
                    <Link key={`${stack.key}-${bar.index}`} href={hrefFor(bar.bar.data.day, stack.key)} aria-label={title} data-testid="chart-bar" data-disposition={stack.key} data-day={bar.bar.data.day}>
                      <title>{title}</title>
                      <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={bar.color} />
                    </Link>
                  );
                }),
            )
          }
        </BarStack>
        {days.map((day, index) =>
          index % labelEvery === 0 ? (
            <text key={day.day} x={(xScale(day.day) ?? 0) + xScale.bandwidth() / 2} y={HEIGHT - MARGIN.top - 8} textAnchor="middle" className="fill-zinc-600 text-[10px] dark:fill-zinc-400">
              {day.day.slice(5)}
            </text>
          ) : null,
        )}
      </Group>
    </svg>
  );
}
