// A claim's result in summary.json: the share of paths in which the claimed event holds, its
// interval and the verdict read from it (stats/claims.ts computes it).
import { z } from 'zod';

export const claimResultSchema = z.strictObject({
  text: z.string(),
  share: z.number().meta({ description: 'Share of paths in which the claimed event holds.' }),
  se: z.number(),
  low: z.number().meta({ description: 'Lower end of the 95 % interval of the share (Wilson).' }),
  high: z.number().meta({ description: 'Upper end of the 95 % interval of the share (Wilson).' }),
  threshold: z.string().meta({ description: 'What the claim says of the share, e.g. `> 0.5`.' }),
  verdict: z.enum(['supported', 'refuted', 'inconclusive']),
  paths: z
    .int()
    .optional()
    .meta({
      description:
        'Present when the claim is about an IRR and some paths have none (several rates or none in the range ' +
        'searched, or nothing put in), or about an ROI and the fleet has no capex: the share is over this many paths, the others left out rather than ' +
        'counted as losses. 0: no path has an IRR (or an ROI); the share is then 0, the interval 0-1 and the verdict inconclusive. ' +
        'Also present when the claim is about a payback time past the days a run cut short at the end of the history ' +
        'can judge: the share is over the paths that paid back by the cut, while the interval (and the verdict read ' +
        'from it) is over every path, from the paths not paid back by then all failing the event to all holding it.',
    }),
  openAtCut: z
    .int()
    .optional()
    .meta({
      description:
        'A back-test cut at the end of the shipped history only: the contracts still open at the cut (actual.booksAtCut) ' +
        "whose later flows or events this claim's measure would count: hedges' settlements after the cut (claims on " +
        "the equity's NPV or IRR and on the hedges' net), a covenant's later tests (a margin call or a default " +
        'that had not happened by the cut). The history cannot say whether the claim holds: the verdict is inconclusive, ' +
        'except on a margin call or a default, which stay happened: the share of paths with one by the cut is a floor, ' +
        'the interval runs from its low end to 1, and a claim that floor decides is decided. Also on a Monte Carlo run ' +
        'cut where its replayed history ends.',
    }),
  byRule: z
    .literal(true)
    .optional()
    .meta({
      description:
        'A Monte Carlo run cut at the end of the history before the last purchase of a fleet bought in stages ' +
        '(scenario.paybackUndecidedAtCut) only, on a claim on the payback or the equity payback by the cut: no path can pay back before that ' +
        'purchase, so the share is 1 or 0 by the rule, not by what the paths did. The interval (low, high) is kept as ' +
        'computed; the report prints the share bare, with the reason.',
    }),
});
