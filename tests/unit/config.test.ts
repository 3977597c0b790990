import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';

describe('loadConfig', () => {
  it('uses defaults for an empty environment', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c.port).toBe(4000);
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.dataDir).toBe('/srv/app/.data');
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('lists every problem at once, naming the variable and the value', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', LOG_LEVEL: 'loud' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.some((p) => p.startsWith('PORT:') && p.includes('"eighty"'))).toBe(true);
    expect(problems.some((p) => p.startsWith('NEO4J_URI:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('LOG_LEVEL:'))).toBe(true);
  });

  it('requires a password with NEO4J_URI', () => {
    expect(() => loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' })).toThrow(/NEO4J_PASSWORD/);
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'pw' });
    expect(c.neo4j.uri).toBe('neo4j+s://abc.databases.neo4j.io');
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: '' }).port).toBe(4000);
  });
});

describe('TRUST_PROXY', () => {
  const trust = (v: string | undefined) => loadConfig(v === undefined ? {} : { TRUST_PROXY: v }).trustProxy;

  it('is off by default and for false/no/0', () => {
    expect(trust(undefined)).toBe(false);
    for (const v of ['false', 'no', '0', 'FALSE']) expect(trust(v)).toBe(false);
  });

  it('true is one proxy (the address it saw), never "trust every hop"', () => {
    expect(trust('true')).toBe(1);
    expect(trust('yes')).toBe(1);
  });

  it('takes a number of proxies', () => {
    expect(trust('2')).toBe(2);
    expect(() => trust('11')).toThrow(/TRUST_PROXY/);
  });

  it('takes proxy addresses, CIDRs and proxy-addr names, separated by commas', () => {
    expect(trust('10.0.0.1, 172.16.0.0/12,fd00::/8, loopback,192.168.0.0/255.255.0.0')).toEqual([
      '10.0.0.1',
      '172.16.0.0/12',
      'fd00::/8',
      'loopback',
      '192.168.0.0/255.255.0.0',
    ]);
  });

  it('refuses what is neither, naming it', () => {
    for (const v of ['10.0.0.0/33', 'proxy.example.org', '10.0.0.1/8/2', '::1/129', 'maybe']) {
      expect(() => trust(v)).toThrow(new RegExp(`TRUST_PROXY.*${v.replace(/[./]/g, '\\$&')}`));
    }
  });
});
