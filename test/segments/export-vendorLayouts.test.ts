import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSegmentCsv } from '../../electron/core/segments/export.js';
import { saveSegment } from '../../electron/core/segments/store.js';
import type { ExportLayout } from '../../shared/model/exportLayouts.js';
import { importFile, newSession, tempDir } from '../support/session.js';
import { fixtureProject, storeFixture } from './store-fixture.js';

// SHA-256 hex of the normalised values, computed with `printf '%s' VALUE | sha256sum`.
const H = {
  ann: '71d4f55f72fa128dfb468a1a3901507c804b74316488744d769d7f4b16696476', // ann@example.com
  bob: '5ff860bf1190596c7188ab851db691f0f3169c453936e9e1eba2f9a47f7a0018', // bob@example.com
  fay: 'f9dc7ba568728656be651b704da45328c71232976d9b8cc2a93412f265d603c0', // fay@example.com
  hal: '06251731083a9f041883b242ba7b3cc63a1167d48b402d93d20f5b87d85926ed', // hal@example.com
  phoneE164: 'faad3b10918e39b5f4d5334f1e1e128719608e8bd3ad3b963dc30187b4518e23', // +442079460018
  phoneMeta: '99a4599795d24445a5be21117f375c1bbe9e795daf7f62666686ce081e1f32dc', // 442079460018
  annName: '49915e0d7d4b402e3017d010bc1c0e83cac6c797d6c16e66340fe3268693a6a1', // ann
  smith: '6627835f988e2c5e50533d491163072d3f4f41f5c8b04630150debb3722ca2dd',
  bobName: '81b637d8fcd2c6da6359e6963113a1170de795e4b725b84d1e0b4cfd9ec58ce9',
  jones: '9706987d633e05a0d2931c21108b37e8c790570048ac47c48900314bb325d606',
  fayName: '92beaa3938dcf80be21c4830755e78a367818ed2e95b4ab647227ae64dc09f94',
  oNeilGoogle: 'd41eea0ba69904ba3f1733c86a4797c13a4cd11cb308f1f36144d0e752a3f262', // o'neil, jr
  oNeilMeta: '0917df4f4f4f8100f3876769ca846c81fe9cbd94b4195ee74b3d79f9cd477465', // oneiljr
  halName: '232554cace01d13701a849d11b0a87083eef96befc90aa7a570f3d85cb149f0e',
  ng: 'd59ce33d91a87db762aa0cf1f47321b5e9e8847633e0c2c02c845f42479bcee9',
  london: '6089854c94ca5454b76be6752c562901a985f64c9a946f62976aeab593b83161',
  leeds: '121639758d50ce8fa4a641da2ad8c5ca2f48e0e8e1a9165cee0cddea64871e38',
  york: 'ada53d84a823cfa580628388474b445819fe80ff16d1ec55db70f7c78551da1e',
  gb: '0b407281768f0e833afef47ed464b6571d01ca4d53c12ce5c51d1462f4ad6677',
};

/** The UK customers of the store fixture (c1, c2, c6, c8), in one layout. */
async function ukExport(layout: ExportLayout): Promise<{ text: string; rows: number; skipped: number }> {
  const { session, dir } = await fixtureProject();
  const db = session.requireProject().db;
  const { id } = saveSegment(db, { name: 'UK', rule: { field: 'country', op: 'in', value: ['UK'] } });
  const file = path.join(dir, `${layout}.csv`);
  const result = exportSegmentCsv(db, id, file, { layout, bom: false });
  return { text: fs.readFileSync(file, 'utf8'), ...result };
}

const lines = (...rows: string[]) => `${rows.join('\r\n')}\r\n`;

describe('segment export in the tools’ import layouts', () => {
  it('Mautic: field aliases as headers and a tags column', async () => {
    expect(await ukExport('mautic')).toEqual({
      rows: 4,
      skipped: 0,
      text: lines(
        'email,firstname,lastname,phone,city,country,zipcode,tags',
        "ann@example.com,Ann,Smith,'+44 20 7946 0018,London,UK,,UK",
        'bob@example.com,Bob,Jones,,Leeds,UK,,UK',
        `fay@example.com,Fay,"O'Neil, Jr",,London,UK,,UK`,
        'hal@example.com,Hal,Ng,,York,UK,,UK',
      ),
    });
  });

  it('Klaviyo: profile property names and a Segment column', async () => {
    expect((await ukExport('klaviyo')).text).toBe(
      lines(
        'Email,Phone Number,First Name,Last Name,City,Country,Zip Code,Segment',
        "ann@example.com,'+44 20 7946 0018,Ann,Smith,London,UK,,UK",
        'bob@example.com,,Bob,Jones,Leeds,UK,,UK',
        `fay@example.com,,Fay,"O'Neil, Jr",London,UK,,UK`,
        'hal@example.com,,Hal,Ng,York,UK,,UK',
      ),
    );
  });

  it('HubSpot: default contact property labels and a Segment column', async () => {
    expect((await ukExport('hubspot')).text).toBe(
      lines(
        'Email,First Name,Last Name,Phone Number,City,Country/Region,Postal Code,Segment',
        "ann@example.com,Ann,Smith,'+44 20 7946 0018,London,UK,,UK",
        'bob@example.com,Bob,Jones,,Leeds,UK,,UK',
        `fay@example.com,Fay,"O'Neil, Jr",,London,UK,,UK`,
        'hal@example.com,Hal,Ng,,York,UK,,UK',
      ),
    );
  });

  it('Google Customer Match: the template headers, hashed contacts, country code in clear', async () => {
    expect((await ukExport('google_customer_match')).text).toBe(
      lines(
        'Email,Phone,First Name,Last Name,Country,Zip',
        `${H.ann},${H.phoneE164},${H.annName},${H.smith},GB,`,
        `${H.bob},,${H.bobName},${H.jones},GB,`,
        `${H.fay},,${H.fayName},${H.oNeilGoogle},GB,`,
        `${H.hal},,${H.halName},${H.ng},GB,`,
      ),
    );
  });

  it('Meta custom audience: every identifier normalised and hashed, the segment in clear', async () => {
    expect((await ukExport('meta_custom_audience')).text).toBe(
      lines(
        'email,phone,fn,ln,ct,zip,country,segment',
        `${H.ann},${H.phoneMeta},${H.annName},${H.smith},${H.london},,${H.gb},UK`,
        `${H.bob},,${H.bobName},${H.jones},${H.leeds},,${H.gb},UK`,
        `${H.fay},,${H.fayName},${H.oNeilMeta},${H.london},,${H.gb},UK`,
        `${H.hal},,${H.halName},${H.ng},${H.york},,${H.gb},UK`,
      ),
    );
  });

  it('leaves out members the tool cannot take: no email (nor, for the ad platforms, a phone)', async () => {
    const { session, dir } = await fixtureProject();
    const db = session.requireProject().db;
    const { id } = saveSegment(db, { name: 'All', rule: { and: [] } });
    for (const layout of ['mautic', 'klaviyo', 'hubspot', 'google_customer_match', 'meta_custom_audience'] as const) {
      expect(exportSegmentCsv(db, id, path.join(dir, `${layout}.csv`), { layout, bom: false })).toEqual({
        rows: 6,
        skipped: 2, // c3 and c7: no email address, no phone
      });
    }
  });

  it('refuses a layout whose fields the project lacks, naming them', async () => {
    const dir = tempDir();
    const session = newSession(dir);
    session.create(path.join(dir, 'orders.segwb'));
    await importFile(session, storeFixture('orders.csv'), { kind: 'orders', dateOrder: 'ymd' });
    const db = session.requireProject().db;
    const { id } = saveSegment(db, { name: 'All', rule: { and: [] } });
    expect(() =>
      exportSegmentCsv(db, id, path.join(dir, 'x.csv'), { layout: 'google_customer_match', bom: false }),
    ).toThrow(
      'The Google Customer Match layout needs an email field, and this project has none. Import a customers file with email addresses, or export the columns layout.',
    );
  });
});
