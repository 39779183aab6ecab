import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyAddress, isAllowedAddress } from './target-address';
import type { TargetSettings } from './target-settings';
import { webhookUrlProblem } from './webhook-url-problem';

// Pure checks: nothing here opens a connection.
const LOCAL = [
  '127.0.0.1',
  '127.255.255.254',
  '0x7f000001',
  '2130706433',
  '0177.0.0.1',
  '0x7f.1',
  '127.1',
  '::1',
  '::ffff:127.0.0.1',
  '::ffff:7f00:1',
  '10.0.0.1',
  '172.16.0.1',
  '192.168.1.1',
  '::ffff:10.0.0.1',
  '100.64.0.1',
  'fd00::1',
  'fc00::1',
  'fd00:ec2::254',
];
const FORBIDDEN = [
  '169.254.169.254',
  '::ffff:169.254.169.254',
  'fe80::1',
  '0.0.0.0',
  '0',
  '0.1.2.3',
  '::',
  '224.0.0.1',
  '239.255.255.250',
  'ff02::1',
  '255.255.255.255',
  '240.0.0.1',
  '192.0.2.1',
  '198.51.100.7',
  '203.0.113.9',
  '198.18.0.1',
  '192.0.0.8',
  '2001:db8::1',
  '100::1',
  'fec0::1',
  '::7f00:1',
  '::a00:1',
  '::127.0.0.1',
  '64:ff9b::7f00:1',
  '64:ff9b::a9fe:a9fe',
  '64:ff9b:1::1',
  '2002:7f00:1::1',
  '2002:a9fe:a9fe::',
  '2001::1',
  '::ffff:0:7f00:1',
  'fe80::1%eth0',
  'not-an-address',
  '',
];
const PUBLIC = ['8.8.8.8', '93.184.215.14', '::ffff:8.8.8.8', '2606:4700:4700::1111', '2a00:1450:4001::200e'];

test('loopback and private addresses, in every spelling, are local: refused unless the operator allows local targets', () => {
  for (const address of LOCAL) {
    assert.equal(classifyAddress(address), 'local', address);
    assert.equal(isAllowedAddress(address, false), false, address);
    assert.equal(isAllowedAddress(address, true), true, address);
  }
});

test('link-local (metadata), unspecified, multicast, broadcast, reserved and IPv4-in-IPv6 forms are refused even where local targets are allowed', () => {
  for (const address of FORBIDDEN) {
    assert.equal(classifyAddress(address), 'forbidden', address);
    assert.equal(isAllowedAddress(address, true), false, address);
  }
});

test('public unicast addresses are allowed', () => {
  for (const address of PUBLIC) assert.equal(isAllowedAddress(address, false), true, address);
});

const strict: TargetSettings = { allowPrivateTargets: false, liveMode: false };
const local: TargetSettings = { allowPrivateTargets: true, liveMode: false };
const live: TargetSettings = { allowPrivateTargets: true, liveMode: true };
const problem = (url: string, settings: TargetSettings) => webhookUrlProblem(new URL(url), settings);

test('endpoint URLs naming a bad address in any spelling are refused at registration', () => {
  const urls = [
    'https://169.254.169.254/latest/meta-data/',
    'https://[fe80::1]/',
    'https://0.0.0.0/',
    'https://[::]/',
    'https://224.0.0.1/',
    'https://[::ffff:169.254.169.254]/',
    'https://0xa9fea9fe/',
    'https://2852039166/',
    'https://[64:ff9b::a9fe:a9fe]/',
    'https://[2002:a9fe:a9fe::]/',
  ];
  for (const url of urls)
    for (const settings of [strict, local])
      assert.match(problem(url, settings) ?? '', /link-local, multicast, unspecified or reserved/, url);
  const privateUrls = [
    'https://127.0.0.1/',
    'https://0x7f000001/',
    'https://2130706433/',
    'https://0177.0.0.1/',
    'https://127.1/',
    'https://[::1]/',
    'https://[::ffff:127.0.0.1]/',
    'https://10.1.2.3/',
    'https://192.168.0.1/',
    'https://[fd00::1]/',
    'https://localhost/',
    'https://api.localhost./',
    'http://localhost:9/hooks',
  ];
  for (const url of privateUrls)
    assert.equal(problem(url, strict), 'must not point at a local or private address', url);
});

test('plain http only for local receivers where allowed, never in live mode; https to a public host always', () => {
  assert.equal(problem('http://localhost:9/hooks', local), null);
  assert.equal(problem('http://127.0.0.1:9/hooks', local), null);
  assert.equal(problem('http://[fd00::1]:8080/hooks', local), null);
  assert.match(
    problem('http://receiver.internal/hooks', local) ?? '',
    /https URL \(http is only for local receivers\)/,
  );
  assert.match(problem('http://localhost:9/hooks', live) ?? '', /https URL \(live mode\)/);
  assert.match(problem('http://hooks.example.com/', strict) ?? '', /https URL/);
  assert.match(problem('http://8.8.8.8/', local) ?? '', /https URL/);
  assert.match(problem('ftp://hooks.example.com/', local) ?? '', /https URL/);
  assert.match(problem('https://user:pass@hooks.example.com/', strict) ?? '', /user name or password/);
  for (const settings of [strict, local, live])
    assert.equal(problem('https://hooks.example.com/tillpoint', settings), null);
  assert.equal(
    problem('https://10.0.0.5/hooks', live),
    null,
    'private https targets in live mode only where the operator allows them',
  );
});
