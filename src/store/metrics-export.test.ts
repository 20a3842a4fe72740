// Metric exports: a CSV per table with a header row and one row per record, and one JSON document with
// every table, the config, its link and the backend; "no number" is an empty cell or null.

import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB_CONFIG } from '../contracts/lab-config';
import { MetricsLog } from '../engine/metrics-log';
import { metricsTables } from '../engine/metrics-log';
import { metricsJson, rowCountOf, tableCsv } from './metrics-export';

function sampleTables() {
  const log = new MetricsLog({ sessions: 3, updates: 10, probes: 10 });
  for (let k = 1; k <= 4; k++) log.sessions.push({ step: k * 10, shopper: k, sessionReturn: k / 3, length: 5, clicks: 2, buys: 1, finalTrust: 0.5 });
  log.updates.push({ step: 40, update: 1, loss: 0.25, meanQ: 1, maxQ: 2, meanAbsTdError: 0.5, explorationRate: 0.9 });
  log.evaluations.push({ policy: 'DQN, "greedy"', sessions: 30, meanReturn: 3.5, ci95: 0.2, percentOfOracle: 71.5, clickRate: 0.3, conversionRate: Number.NaN, sessionLength: 6, finalTrust: 0.4, step: 40, seconds: 1.5 });
  log.knobChanges.push({ step: 20, knob: 'discount', from: 0.99, to: 0.5 });
  return metricsTables(log);
}

describe('metric exports', () => {
  it('writes one CSV per table: the field names, then every record the ring still holds, oldest first', () => {
    const tables = sampleTables();
    const sessions = tableCsv(tables, 'sessions').trimEnd().split('\r\n');
    expect(sessions[0]).toBe('step,shopper,sessionReturn,length,clicks,buys,finalTrust');
    // The ring of 3 dropped the first session.
    expect(sessions.slice(1)).toEqual(['20,2,0.6666666666666666,5,2,1,0.5', '30,3,1,5,2,1,0.5', '40,4,1.3333333333333333,5,2,1,0.5']);
    expect(rowCountOf(tables, 'sessions')).toBe(3);
    expect(tableCsv(tables, 'probes')).toBe('step,meanMaxQ\r\n');
    expect(tableCsv(tables, 'knobChanges')).toBe('step,knob,from,to\r\n20,discount,0.99,0.5\r\n');
  });

  it('quotes text that needs it and leaves "no number" empty', () => {
    const [header, row] = tableCsv(sampleTables(), 'evaluations').trimEnd().split('\r\n');
    expect(header).toBe('step,seconds,policy,sessions,meanReturn,ci95,percentOfOracle,clickRate,conversionRate,sessionLength,finalTrust');
    expect(row).toBe('40,1.5,"DQN, ""greedy""",30,3.5,0.2,71.5,0.3,,6,0.4');
  });

  it('writes one JSON document with every table column-wise, the config, the link and the backend', () => {
    const context = { config: DEFAULT_LAB_CONFIG, link: 'https://lab.example/?page=train&v=1', backend: 'wasm', step: 40, updates: 1, trainingSeconds: 1.5, exportedAt: '2025-01-02T03:04:05.000Z' };
    const document = JSON.parse(metricsJson(sampleTables(), context));
    expect(document).toMatchObject({ format: 'q-shop-lab metrics', version: 1, link: context.link, backend: 'wasm', run: { step: 40, updates: 1, trainingSeconds: 1.5 } });
    expect(document.config).toEqual(DEFAULT_LAB_CONFIG);
    expect(document.tables.sessions.step).toEqual([20, 30, 40]);
    expect(document.tables.updates.loss).toEqual([0.25]);
    expect(document.tables.evaluations.conversionRate).toEqual([null]);
    expect(document.tables.knobChanges).toEqual({ step: [20], knob: ['discount'], from: [0.99], to: [0.5] });
  });
});
