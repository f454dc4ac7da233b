// One-off generator for data/actors/countries.tsv from MIT-licensed npm packages
// (i18n-iso-countries, i18n-nationality, countries-list); Dyad's own corrections below win.
// Usage: npm install i18n-iso-countries i18n-nationality countries-list; node make-countries.js > countries.tsv
const iso = require("i18n-iso-countries");
const nat = require("i18n-nationality");
const cl = require("countries-list");
const observers = new Set(["PSE", "VAT"]);
const unMembers = new Set(("AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA PRK MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE").split(" "));
// Names that are too ambiguous or too odd as whole-word matches in news text.
const dropNames = new Set(["Korea, Republic of", "Korea, Democratic People's Republic of", "Taiwan, Province of China", "Iran, Islamic Republic of", "Bolivia, Plurinational State of", "Venezuela, Bolivarian Republic of", "Moldova, Republic of", "Tanzania, United Republic of", "Congo, the Democratic Republic of the", "Micronesia, Federated States of", "Palestine, State of", "Virgin Islands, British", "Virgin Islands, U.S."]);
const extra = {
  USA: { names: ["United States", "United States of America", "U.S.", "U.S.A.", "USA", "America", "the States"], adj: ["American", "U.S.", "US"], cap: ["Washington", "Washington, D.C."] },
  GBR: { names: ["United Kingdom", "Britain", "Great Britain", "U.K.", "UK", "England", "Scotland", "Wales", "Northern Ireland"], adj: ["British", "English", "Scottish", "Welsh"] },
  KOR: { names: ["South Korea", "Republic of Korea", "ROK", "S. Korea"], adj: ["South Korean"] },
  PRK: { names: ["North Korea", "Democratic People's Republic of Korea", "DPRK", "N. Korea"], adj: ["North Korean"] },
  RUS: { names: ["Russia", "Russian Federation"], adj: ["Russian"] },
  CHN: { names: ["China", "People's Republic of China", "PRC", "mainland China"], adj: ["Chinese"] },
  TWN: { names: ["Taiwan", "Republic of China"], adj: ["Taiwanese"] },
  IRN: { names: ["Iran", "Islamic Republic of Iran"], adj: ["Iranian"] },
  SYR: { names: ["Syria", "Syrian Arab Republic"], adj: ["Syrian"] },
  VNM: { names: ["Vietnam", "Viet Nam"], adj: ["Vietnamese"] },
  LAO: { names: ["Laos", "Lao People's Democratic Republic"], adj: ["Laotian", "Lao"] },
  BOL: { names: ["Bolivia"], adj: ["Bolivian"] },
  VEN: { names: ["Venezuela"], adj: ["Venezuelan"] },
  TZA: { names: ["Tanzania"], adj: ["Tanzanian"] },
  MDA: { names: ["Moldova"], adj: ["Moldovan"] },
  COD: { names: ["Democratic Republic of the Congo", "DR Congo", "DRC", "Congo-Kinshasa"], adj: ["Congolese"] },
  COG: { names: ["Republic of the Congo", "Congo-Brazzaville", "Congo"], adj: [] },
  CIV: { names: ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"], adj: ["Ivorian"] },
  CZE: { names: ["Czech Republic", "Czechia"], adj: ["Czech"] },
  MKD: { names: ["North Macedonia", "Macedonia"], adj: ["Macedonian"] },
  SWZ: { names: ["Eswatini", "Swaziland"], adj: ["Swazi"] },
  MMR: { names: ["Myanmar", "Burma"], adj: ["Myanmar", "Burmese"] },
  PSE: { names: ["Palestine", "State of Palestine", "Palestinian territories", "West Bank", "Gaza", "Gaza Strip"], adj: ["Palestinian"] },
  VAT: { names: ["Vatican", "Holy See", "Vatican City"], adj: ["Vatican"] },
  XKX: { names: ["Kosovo"], adj: ["Kosovar", "Kosovan"] },
  ESH: { names: ["Western Sahara"], adj: ["Sahrawi"] },
  HKG: { names: ["Hong Kong"], adj: ["Hong Kong"] },
  MAC: { names: ["Macau", "Macao"], adj: ["Macanese"] },
  PRI: { names: ["Puerto Rico"], adj: ["Puerto Rican"] },
  NLD: { names: ["Netherlands", "the Netherlands", "Holland"], adj: ["Dutch"] },
  PHL: { names: ["Philippines", "the Philippines"], adj: ["Philippine", "Filipino"] },
  ARG: { names: ["Argentina"], adj: ["Argentine", "Argentinian"] },
  AUS: { names: ["Australia"], adj: ["Australian"] },
  NZL: { names: ["New Zealand"], adj: ["New Zealand"] },
  ARE: { names: ["United Arab Emirates", "UAE", "U.A.E.", "Emirates"], adj: ["Emirati"] },
  SAU: { names: ["Saudi Arabia"], adj: ["Saudi", "Saudi Arabian"] },
  ISR: { names: ["Israel"], adj: ["Israeli"] },
  DEU: { names: ["Germany", "Federal Republic of Germany"], adj: ["German"] },
  FRA: { names: ["France"], adj: ["French"] },
  JPN: { names: ["Japan"], adj: ["Japanese"] },
  IND: { names: ["India"], adj: ["Indian"] },
  PAK: { names: ["Pakistan"], adj: ["Pakistani"] },
  AFG: { names: ["Afghanistan"], adj: ["Afghan"] },
  TUR: { names: ["Turkey", "Türkiye", "Turkiye"], adj: ["Turkish"] },
  CPV: { names: ["Cape Verde", "Cabo Verde"], adj: ["Cape Verdean"] },
  TLS: { names: ["East Timor", "Timor-Leste"], adj: ["East Timorese", "Timorese"] },
  BHS: { names: ["Bahamas", "the Bahamas"], adj: ["Bahamian"] },
  GMB: { names: ["Gambia", "The Gambia"], adj: ["Gambian"] },
  FSM: { names: ["Micronesia", "Federated States of Micronesia"], adj: ["Micronesian"] },
  BRN: { names: ["Brunei", "Brunei Darussalam"], adj: ["Bruneian"] },
  KNA: { names: ["Saint Kitts and Nevis", "St Kitts and Nevis"], adj: ["Kittitian"] },
  VCT: { names: ["Saint Vincent and the Grenadines"], adj: ["Vincentian"] },
  LCA: { names: ["Saint Lucia", "St Lucia"], adj: ["Saint Lucian"] },
  ATG: { names: ["Antigua and Barbuda", "Antigua"], adj: ["Antiguan"] },
  BIH: { names: ["Bosnia and Herzegovina", "Bosnia", "Bosnia-Herzegovina"], adj: ["Bosnian"] },
  TTO: { names: ["Trinidad and Tobago", "Trinidad"], adj: ["Trinidadian"] },
  GNB: { names: ["Guinea-Bissau"], adj: ["Bissau-Guinean"] },
  GNQ: { names: ["Equatorial Guinea"], adj: ["Equatoguinean"] },
  PNG: { names: ["Papua New Guinea"], adj: ["Papua New Guinean"] },
  STP: { names: ["São Tomé and Príncipe", "Sao Tome and Principe"], adj: [] },
  IRL: { names: ["Ireland", "Republic of Ireland"], adj: ["Irish"] },
  GRL: { names: ["Greenland"], adj: ["Greenlandic"] },
};
// Capitals countries-list lacks or that news writes differently.
const capFix = { ISR: ["Jerusalem"], PSE: ["Ramallah"], BOL: ["La Paz", "Sucre"], ZAF: ["Pretoria"], USA: ["Washington"], NLD: ["Amsterdam", "The Hague"], CIV: ["Abidjan", "Yamoussoukro"], LKA: ["Colombo"], MYS: ["Kuala Lumpur"], XKX: ["Pristina"], TWN: ["Taipei"], KOR: ["Seoul"], PRK: ["Pyongyang"], ESH: [] };
// Demonyms the nationality package spells oddly or as plurals.
const adjFix = { ATG: ["Antiguan"], BIH: ["Bosnian"], KIR: ["I-Kiribati"], MHL: ["Marshallese"], WSM: ["Samoan"], LCA: ["Saint Lucian"] };
const names = iso.getNames("en", { select: "all" });
const nats = require("i18n-nationality/langs/en.json").nationalities;
const rows = [];
for (const a2 of Object.keys(names)) {
  const a3 = iso.alpha2ToAlpha3(a2);
  if (!a3) continue;
  const status = unMembers.has(a3) ? "member" : observers.has(a3) ? "observer" : "territory";
  const e = extra[a3] || {};
  const ns = [...(e.names || []), ...names[a2].filter(n => !dropNames.has(n) && !n.includes(","))];
  let adj = e.adj || adjFix[a3] || (nats[a2] ? [nats[a2]] : []);
  adj = adj.filter(x => x && !/s$/.test(x) || (e.adj || []).includes(x));
  const c = cl.countries[a2];
  const caps = capFix[a3] || (c && c.capital ? c.capital.split(/,\s*/) : []);
  const uniq = xs => [...new Set(xs.map(x => x.trim()).filter(Boolean))];
  rows.push([a3, status, uniq(ns).join("|"), uniq(adj).join("|"), uniq(caps).join("|")]);
}
for (const k of ["XKX"]) if (!rows.find(r => r[0] === k)) rows.push([k, "territory", extra[k].names.join("|"), extra[k].adj.join("|"), capFix[k].join("|")]);
rows.sort((x, y) => x[0].localeCompare(y[0]));
console.log("# iso3\tstatus\tnames (first is preferred)\tadjectives and demonyms\tcapitals");
for (const r of rows) console.log(r.join("\t"));
