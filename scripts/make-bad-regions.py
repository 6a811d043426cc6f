# The bad region files of tests/fixtures/region (tests/region_bad_input.rs), each with its expected message in
# catalogue.txt. Run from the repository root after cargo build -p urs-cli: python3 scripts/make-bad-regions.py
import json, copy, os
D='tests/fixtures/region/'
jx=json.load(open('data/jiaxing-2025.json'))
cases=[]
def case(name, edit, expected):
    v=copy.deepcopy(jx); edit(v)
    open(D+name,'w').write(json.dumps(v,ensure_ascii=False,indent=1))
    cases.append((name,expected))
def rm(path):
    def f(v):
        o=v
        for p in path[:-1]: o=o[p]
        del o[path[-1]]
    return f
def put(path,val):
    def f(v):
        o=v
        for p in path[:-1]: o=o[p]
        o[path[-1]]=val
    return f
case('missing-figure.json', rm(['figures','start_rural_income']), 'missing figure')
case('yuan-for-bn.json', put(['figures','plan_funds_bn','value'], 27.33e9), 'looks typed in yuan')
case('yi-for-bn.json', put(['figures','credit_bn','value'], 67.4), 'looks typed in 亿元')
case('percent-for-share.json', put(['figures','start_urbanization','value'], 74.6), 'looks like a percentage')
case('completion-over-100.json', put(['figures','reported_total_rate','value'], 1.2), 'above 100 % in month')
case('short-history.json', put(['series','income_ratio'], [[2021,1.6],[2022,1.56]]), 'history too short to fit a trend')
case('target-without-year.json', rm(['targets',0,'year']), 'the target has no year')
case('target-year-past.json', put(['targets',0,'year'], 2019), 'target year 2019 must be')
case('wrong-unit.json', put(['figures','plan_funds_bn','unit'], 'yuan'), 'expected "bn_yuan"')
case('unknown-figure.json', put(['figures','gdp_bn'], jx['figures']['plan_funds_bn']), 'unknown figure gdp_bn')
case('years-not-increasing.json', put(['series','rural_income'], [[2022,46276],[2021,43615]]), 'years increase')
case('series-in-wan.json', put(['series','rural_income'], [[2021,4.3615],[2022,4.6276]]), 'looks typed in 万元')
case('range-reversed.json', put(['figures','credit_bn','range'], [10,1]), 'two numbers [low, high]')
case('missing-citation.json', put(['figures','start_population_m','cite_en'], ''), 'citation')
case('wrong-format.json', put(['format'], 'urban-rural-sim-scenario'), 'must be "urban-rural-sim-region"')
case('bad-id.json', put(['id'], 'Jiaxing 2025'), 'lowercase')
case('start-year.json', put(['start_year'], 2020), 'starting year')
case('value-missing.json', put(['figures','start_urban_income','value'], None), 'the value is missing')
case('population-in-wan.json', put(['figures','start_population_m','value'], 571), 'looks typed in 万')
case('unknown-outcome.json', put(['targets',0,'outcome'], 'gdp'), 'not an outcome')
case('income-in-wan.json', put(['figures','start_rural_income','value'], 5.53), 'this figure is in yuan')
case('bad-confidence.json', put(['figures','credit_bn','confidence'], 'high'), 'confidence is V, D, A or U')
t=json.dumps(jx,ensure_ascii=False)
open(D+'truncated.json','w').write(t[:len(t)//2]); cases.append(('truncated.json','not valid JSON'))
open(D+'not-an-object.json','w').write('[1,2,3]'); cases.append(('not-an-object.json','one JSON object'))
# CSV cases from the template
import subprocess
csv=subprocess.run(['target/debug/urs','--print-region','--csv'],capture_output=True).stdout.decode('utf-8')
open(D+'gbk.csv','wb').write(csv.lstrip('\ufeff').encode('gbk',errors='replace')); cases.append(('gbk.csv','not UTF-8'))
open(D+'utf16.csv','wb').write(csv.encode('utf-16')); cases.append(('utf16.csv','UTF-16'))
lines=csv.split('\r\n')
def csv_case(name, fn, expected):
    ls=[fn(l) for l in lines]
    open(D+name,'w',encoding='utf-8').write('\r\n'.join(ls)); cases.append((name,expected))
csv_case('not-a-number.csv', lambda l: l.replace('credit_bn,政策性银行信贷额度','credit_bn,政策性银行信贷额度') if False else (l.replace(',80,bn_yuan',',about 80,bn_yuan',1) if l.startswith('credit_bn,') else l), 'is not a number')
csv_case('many-problems.csv', lambda l: (l.replace(',0.76,share',',76,share',1) if l.startswith('start_urbanization,') else l.replace(',0.591,share',',1.3,share',1) if l.startswith('reported_total_rate,') else l.replace(',81616,yuan',',8.16,yuan',1) if l.startswith('start_urban_income,') else l), 'row')
open(D+'no-header.csv','w').write('a,b,c\r\n1,2,3\r\n'); cases.append(('no-header.csv','no header row'))
open(D+'empty.csv','w').write('\ufeff \r\n'); cases.append(('empty.csv','empty'))
open(D+'catalogue.txt','w').write('\n'.join(f'{n}\t{e}' for n,e in cases)+'\n')
print(len(cases))
