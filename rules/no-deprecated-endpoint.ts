// Reports every request to a deprecated Workiva endpoint, counting down to its sunset. The shared
// matcher finds the request sites (once per file, behind its own cheap text pre-filter); this rule
// only decides which sites to report and how to word them.
import path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import type { CatalogEntry, SunsetPhase } from '../src/catalog/index.js';
import { findRequestSites, findUnsentPaths, getSiteLocation, type UnsentPath } from '../src/matcher/index.js';
import type { RequestSite, SourcePosition } from '../src/matcher/types.js';
import { isMigratableSite, planRewrite } from '../src/rewrite/index.js';
import { canImportName, getAddNamedImportFixes } from './fix/add-named-import.js';
import { createRule } from './utils/create-rule.js';
import { countdownSchema, DEFAULT_WINDOW_DAYS, getCountdown, resolveToday, type CountdownOptions } from './utils/countdown.js';
import { getCheckedEntries, matcherOptionsSchema, type MatcherRuleOptions } from './utils/matcher-options.js';

export type Options = [CountdownOptions & MatcherRuleOptions];
export type MessageIds = 'deprecatedEndpoint' | 'sunsetImminent' | 'pastSunset' | 'useWrapper';

/** The package the suggested drop-in wrappers are imported from. */
const WRAPPER_PACKAGE = 'workiva-sunset';

const MESSAGE_ID_BY_PHASE: Readonly<Record<SunsetPhase, MessageIds>> = {
  deprecated: 'deprecatedEndpoint',
  imminent: 'sunsetImminent',
  sunset: 'pastSunset',
};

export const RULE_NAME = 'no-deprecated-endpoint';

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow requests to deprecated Workiva API endpoints, counting down to their sunset',
      recommended: true,
      requiresTypeChecking: false,
    },
    messages: {
      deprecatedEndpoint: '{{method}} {{path}} ("{{docName}}") is deprecated and sunsets on {{sunset}}, {{daysLeft}} from now.{{builtAt}} {{action}}',
      sunsetImminent: '{{method}} {{path}} ("{{docName}}") sunsets on {{sunset}}, only {{daysLeft}} from now; calls will then fail.{{builtAt}} {{action}}',
      pastSunset: '{{method}} {{path}} ("{{docName}}") was sunset on {{sunset}}: calls now fail.{{builtAt}} {{action}}',
      useWrapper:
        "Replace the request with {{wrapper}}() from 'workiva-sunset': it runs the export to completion and returns the same kind of 202 response, before and after the sunset.",
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: { ...countdownSchema, ...matcherOptionsSchema },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ windowDays: DEFAULT_WINDOW_DAYS, mocks: 'ignore' }],
  },
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    // The matcher resolves imports from the file's directory: give it an absolute path.
    const filename = path.resolve(context.cwd, context.filename);

    const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
    const reportMocks = options.mocks === 'report';
    // Almost no file holds a request: what only a report needs is worked out at the first report.
    let checked: ReadonlySet<string> | undefined;
    let today: number | undefined;
    const isChecked = (entryId: string): boolean => (checked ??= new Set(getCheckedEntries(options.endpoints).map((entry) => entry.id))).has(entryId);
    const countdown = (entry: CatalogEntry) => getCountdown(entry, (today ??= resolveToday(options.today).time), windowDays);

    return {
      Program(program) {
        const matcherContext = {
          sourceText: sourceCode.text,
          scopeManager: sourceCode.scopeManager,
          options: { filename, additionalSenders: options.additionalSenders ?? [] },
          parserServices: sourceCode.parserServices,
        };
        const sites = findRequestSites(program, matcherContext);
        for (const site of sites) {
          if (!isChecked(site.match.entry.id)) continue;
          if (site.mock && !reportMocks) continue;
          const { phase, daysLeft } = countdown(site.match.entry);
          context.report({
            loc: getSiteLocation(site.node),
            messageId: MESSAGE_ID_BY_PHASE[phase],
            data: getMessageData(site, daysLeft, context.cwd),
            suggest: getSuggestions(site, context, filename),
          });
        }
        // A whole path built here whose sender was found nowhere: reported where it is built, never not at all.
        for (const unsent of findUnsentPaths(program, matcherContext)) {
          if (!isChecked(unsent.match.entry.id)) continue;
          const { phase, daysLeft } = countdown(unsent.match.entry);
          context.report({ node: unsent.node, messageId: MESSAGE_ID_BY_PHASE[phase], data: getUnsentMessageData(unsent, daysLeft) });
        }
      },
    };
  },
});

/**
 * The drop-in wrapper call as a suggestion (never an autofix: a human confirms it), when the shared
 * planner can rewrite the site without changing what the code receives; none otherwise.
 */
function getSuggestions(
  site: RequestSite,
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  filename: string,
): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  if (!isMigratableSite(site)) return [];
  const sourceCode = context.sourceCode;
  const plan = planRewrite(site, sourceCode.text, { scopeManager: sourceCode.scopeManager, filename });
  // The wrapper's name is taken by another binding: no suggestion rather than a wrong one.
  // Only a drop-in is offered in the editor; keeping a call as written inside withExportRouting is the codemod's answer.
  if (plan.kind !== 'rewrite' || plan.from !== 'wrapper') return [];
  if (!canImportName(sourceCode, plan.wrapperImport, WRAPPER_PACKAGE)) return [];
  return [
    {
      messageId: 'useWrapper',
      data: { wrapper: plan.wrapperImport },
      fix: (fixer) => [
        fixer.replaceTextRange([plan.range[0], plan.range[1]], plan.replacement),
        ...getAddNamedImportFixes(fixer, sourceCode, plan.wrapperImport, WRAPPER_PACKAGE),
      ],
    },
  ];
}

/** Why the codemod leaves a site found only by the path's fixed segments (the skeleton net) to a person. */
export const SKELETON_NOTE = 'The call was recognised by the path’s fixed segments, not its exact values: `migrate` keeps it as written inside withExportRouting(), which routes it at run time.';

/** The placeholders of every message: which endpoint, when, where the path was built, what to do. */
function getMessageData(site: RequestSite, daysLeft: number, cwd: string): Record<string, string> {
  return {
    ...getEndpointData(site.match.entry, daysLeft),
    builtAt: getWhereText(site, cwd),
    action: getSiteAction(site),
  };
}

function getSiteAction(site: RequestSite): string {
  const action = getAction(site.match.entry);
  if (site.sentAt) return `${action} ${SENT_IN_DISABLED_FILE_NOTE}`;
  // Only the endpoints `migrate` rewrites are kept inside withExportRouting(); the note would be untrue of the others.
  return site.foundBySkeleton && isMigratableSite(site) ? `${action} ${SKELETON_NOTE}` : action;
}

function getEndpointData(entry: CatalogEntry, daysLeft: number): Record<string, string> {
  return {
    method: entry.method,
    path: entry.path,
    docName: entry.docName,
    sunset: entry.sunset,
    daysLeft: daysLeft === 1 ? '1 day' : `${daysLeft} days`,
  };
}

/** A path whose sending call was not identified: where it goes, and that the sender is the thing to migrate. */
function getUnsentMessageData(unsent: UnsentPath, daysLeft: number): Record<string, string> {
  return {
    ...getEndpointData(unsent.match.entry, daysLeft),
    builtAt: ` This builds its path, handed on as ${unsent.leavesAs}; the call that sends it was not identified, here or in the files that import this one.`,
    action: UNSENT_PATH_ACTION,
  };
}

/** What to do about a path whose sender was not identified. */
export const UNSENT_PATH_ACTION =
  "Find the call that sends it and migrate that call (wrap it in withExportRouting() from '@workiva-sunset/safety-net', or call the drop-in wrapper from 'workiva-sunset'); `migrate` cannot do it from here.";

/** Why a call into a file that disables ESLint is reported: the request itself cannot be, where it is sent. */
export const SENT_IN_DISABLED_FILE_NOTE = 'That file disables ESLint, so its caller is reported here; `migrate` changes the request where it is sent.';

/** Where the request is sent (a call into a lint-disabled file) or its path built, when outside this call. */
function getWhereText(site: RequestSite, cwd: string): string {
  if (site.sentAt) return ` The request is sent at ${formatPosition(site.sentAt, cwd)}.`;
  return site.match.builtAt ? ` The path is built at ${formatPosition(site.match.builtAt, cwd)}.` : '';
}

function formatPosition(position: SourcePosition, cwd: string): string {
  const relative = path.relative(cwd, position.file).split(path.sep).join('/');
  return `${relative}:${position.line}`;
}

/** What the team should do: the codemod and wrapper, else the successor, else that there is none. */
function getAction(entry: CatalogEntry): string {
  if (entry.wrapper) return `Run \`npx workiva-sunset migrate\` or call ${entry.wrapper}() from 'workiva-sunset' instead.`;
  if (entry.successor) {
    return `Move to ${entry.successor.method} ${entry.successor.path} (X-Version: ${entry.successor.apiVersion}).`;
  }
  return 'Workiva documents no successor: find a replacement or remove the call.';
}
