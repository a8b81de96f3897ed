-- The industry catalog (产业目录): the controlled list of industry codes that parks name as their
-- leading industries and that other services learn from the industry-catalog.published event.
--
-- Codes: SEI-<nn> are the nine strategic emerging industries of the national classification
-- 战略性新兴产业分类(2018) (国家统计局令第23号), numbered as there, each level zero-padded to two
-- digits and joined by dots: 1 -> SEI-01, 1.2 -> SEI-01.02, 1.2.4 -> SEI-01.02.04.
-- TRD-<nn> are the traditional sectors zones still recruit for; their sub-categories follow the
-- divisions of 国民经济行业分类 GB/T 4754-2017. Zero padding makes code order the catalog's order.
create table industry (
    code         text primary key check (code ~ '^(SEI|TRD)-[0-9]{2}(\.[0-9]{2}){0,2}$'),
    parent_code  text references industry (code),
    name_zh      text not null check (name_zh <> ''),
    name_en      text not null check (name_en <> ''),
    -- a sub-category's code extends its parent's by one level; a top-level code has no dot
    check ((parent_code is null and code !~ '\.')
        or (parent_code is not null and code ~ ('^' || replace(parent_code, '.', '\.') || '\.[0-9]{2}$')))
);

create index industry_parent_code on industry (parent_code);

-- One row per version of the catalog's content. published_at is set in the transaction that puts
-- the version's industry-catalog.published event in the outbox, so a version is published once,
-- however often and on however many replicas the service starts.
create table industry_catalog (
    version       integer     primary key check (version > 0),
    released_at   timestamptz not null default now(),
    published_at  timestamptz
);

insert into industry_catalog (version) values (1);

insert into industry (code, parent_code, name_zh, name_en) values
    ('SEI-01',       null,        '新一代信息技术产业',           'New-generation information technology'),
    ('SEI-01.01',    'SEI-01',    '下一代信息网络产业',           'Next-generation information networks'),
    ('SEI-01.02',    'SEI-01',    '电子核心产业',                 'Core electronics'),
    ('SEI-01.02.04', 'SEI-01.02', '集成电路制造',                 'Integrated circuit manufacturing'),
    ('SEI-01.03',    'SEI-01',    '新兴软件和新型信息技术服务',   'Emerging software and new information technology services'),
    ('SEI-01.04',    'SEI-01',    '互联网与云计算、大数据服务',   'Internet, cloud computing and big data services'),
    ('SEI-01.05',    'SEI-01',    '人工智能',                     'Artificial intelligence'),

    ('SEI-02',       null,        '高端装备制造产业',             'High-end equipment manufacturing'),
    ('SEI-02.01',    'SEI-02',    '智能制造装备产业',             'Intelligent manufacturing equipment'),
    ('SEI-02.02',    'SEI-02',    '航空装备产业',                 'Aviation equipment'),
    ('SEI-02.03',    'SEI-02',    '卫星及应用产业',               'Satellites and their applications'),
    ('SEI-02.04',    'SEI-02',    '轨道交通装备产业',             'Rail transit equipment'),
    ('SEI-02.05',    'SEI-02',    '海洋工程装备产业',             'Marine engineering equipment'),

    ('SEI-03',       null,        '新材料产业',                   'New materials'),
    ('SEI-03.01',    'SEI-03',    '先进钢铁材料',                 'Advanced steel materials'),
    ('SEI-03.02',    'SEI-03',    '先进有色金属材料',             'Advanced non-ferrous metal materials'),
    ('SEI-03.03',    'SEI-03',    '先进石化化工新材料',           'Advanced petrochemical and chemical materials'),
    ('SEI-03.04',    'SEI-03',    '先进无机非金属材料',           'Advanced inorganic non-metallic materials'),
    ('SEI-03.05',    'SEI-03',    '高性能纤维及制品和复合材料',   'High-performance fibres, fibre products and composites'),
    ('SEI-03.06',    'SEI-03',    '前沿新材料',                   'Frontier materials'),
    ('SEI-03.07',    'SEI-03',    '新材料相关服务',               'New materials services'),

    ('SEI-04',       null,        '生物产业',                     'Bioindustry'),
    ('SEI-04.01',    'SEI-04',    '生物医药产业',                 'Biomedicine'),
    ('SEI-04.02',    'SEI-04',    '生物医学工程产业',             'Biomedical engineering'),
    ('SEI-04.03',    'SEI-04',    '生物农业及相关产业',           'Bio-agriculture and related industries'),
    ('SEI-04.04',    'SEI-04',    '生物质能产业',                 'Biomass energy'),
    ('SEI-04.05',    'SEI-04',    '其他生物业',                   'Other bioindustries'),

    ('SEI-05',       null,        '新能源汽车产业',               'New-energy vehicles'),
    ('SEI-05.01',    'SEI-05',    '新能源汽车整车制造',           'New-energy vehicle manufacturing'),
    ('SEI-05.02',    'SEI-05',    '新能源汽车装置、配件制造',     'New-energy vehicle devices and parts'),
    ('SEI-05.03',    'SEI-05',    '新能源汽车相关设施制造',       'New-energy vehicle infrastructure equipment'),
    ('SEI-05.04',    'SEI-05',    '新能源汽车相关服务',           'New-energy vehicle services'),

    ('SEI-06',       null,        '新能源产业',                   'New energy'),
    ('SEI-06.01',    'SEI-06',    '核电产业',                     'Nuclear power'),
    ('SEI-06.02',    'SEI-06',    '风能产业',                     'Wind power'),
    ('SEI-06.03',    'SEI-06',    '太阳能产业',                   'Solar energy'),
    ('SEI-06.04',    'SEI-06',    '生物质能及其他新能源产业',     'Biomass and other new energy'),
    ('SEI-06.05',    'SEI-06',    '智能电网产业',                 'Smart grids'),

    ('SEI-07',       null,        '节能环保产业',                 'Energy saving and environmental protection'),
    ('SEI-07.01',    'SEI-07',    '高效节能产业',                 'High-efficiency energy saving'),
    ('SEI-07.02',    'SEI-07',    '先进环保产业',                 'Advanced environmental protection'),
    ('SEI-07.03',    'SEI-07',    '资源循环利用产业',             'Resource recycling'),

    ('SEI-08',       null,        '数字创意产业',                 'Digital creative industries'),
    ('SEI-08.01',    'SEI-08',    '数字创意技术设备制造',         'Digital creative technology and equipment manufacturing'),
    ('SEI-08.02',    'SEI-08',    '数字文化创意活动',             'Digital cultural and creative activities'),
    ('SEI-08.03',    'SEI-08',    '设计服务',                     'Design services'),
    ('SEI-08.04',    'SEI-08',    '数字创意与融合服务',           'Digital creative convergence services'),

    ('SEI-09',       null,        '相关服务业',                   'Related services'),
    ('SEI-09.01',    'SEI-09',    '新技术与创新创业服务',         'New technology, innovation and entrepreneurship services'),
    ('SEI-09.01.01', 'SEI-09.01', '研发服务',                     'Research and development services'),
    ('SEI-09.01.02', 'SEI-09.01', '检验检测认证服务',             'Testing, inspection and certification services'),
    ('SEI-09.01.03', 'SEI-09.01', '标准化服务',                   'Standardisation services'),
    ('SEI-09.02',    'SEI-09',    '其他相关服务',                 'Other related services'),

    ('TRD-01',       null,        '装备制造',                     'Equipment manufacturing'),
    ('TRD-01.01',    'TRD-01',    '通用设备制造',                 'General-purpose equipment manufacturing'),
    ('TRD-01.02',    'TRD-01',    '专用设备制造',                 'Special-purpose equipment manufacturing'),
    ('TRD-01.03',    'TRD-01',    '汽车制造',                     'Automobile manufacturing'),
    ('TRD-01.04',    'TRD-01',    '电气机械和器材制造',           'Electrical machinery and equipment manufacturing'),

    ('TRD-02',       null,        '纺织服装',                     'Textiles and apparel'),
    ('TRD-02.01',    'TRD-02',    '纺织',                         'Textiles'),
    ('TRD-02.02',    'TRD-02',    '纺织服装、服饰',               'Garments and apparel accessories'),
    ('TRD-02.03',    'TRD-02',    '皮革、毛皮、羽毛及其制品和制鞋', 'Leather, fur, feather products and footwear'),

    ('TRD-03',       null,        '食品加工',                     'Food processing'),
    ('TRD-03.01',    'TRD-03',    '农副食品加工',                 'Agricultural and sideline food processing'),
    ('TRD-03.02',    'TRD-03',    '食品制造',                     'Food manufacturing'),
    ('TRD-03.03',    'TRD-03',    '酒、饮料和精制茶制造',         'Liquor, beverages and refined tea'),

    ('TRD-04',       null,        '化工',                         'Chemicals'),
    ('TRD-04.01',    'TRD-04',    '化学原料和化学制品制造',       'Chemical raw materials and chemical products'),
    ('TRD-04.02',    'TRD-04',    '化学纤维制造',                 'Chemical fibres'),
    ('TRD-04.03',    'TRD-04',    '橡胶和塑料制品',               'Rubber and plastic products'),

    ('TRD-05',       null,        '建材',                         'Building materials'),
    ('TRD-05.01',    'TRD-05',    '水泥、石灰和石膏制造',         'Cement, lime and gypsum'),
    ('TRD-05.02',    'TRD-05',    '玻璃及玻璃制品制造',           'Glass and glass products'),
    ('TRD-05.03',    'TRD-05',    '陶瓷制品制造',                 'Ceramic products'),

    ('TRD-06',       null,        '冶金',                         'Metallurgy'),
    ('TRD-06.01',    'TRD-06',    '黑色金属冶炼和压延加工',       'Ferrous metal smelting and rolling'),
    ('TRD-06.02',    'TRD-06',    '有色金属冶炼和压延加工',       'Non-ferrous metal smelting and rolling'),
    ('TRD-06.03',    'TRD-06',    '金属制品',                     'Metal products'),

    ('TRD-07',       null,        '现代物流',                     'Modern logistics'),
    ('TRD-07.01',    'TRD-07',    '道路运输',                     'Road freight transport'),
    ('TRD-07.02',    'TRD-07',    '多式联运和运输代理',           'Multimodal transport and freight forwarding'),
    ('TRD-07.03',    'TRD-07',    '装卸搬运和仓储',               'Cargo handling and warehousing'),

    ('TRD-08',       null,        '商贸服务',                     'Trade and business services'),
    ('TRD-08.01',    'TRD-08',    '批发',                         'Wholesale trade'),
    ('TRD-08.02',    'TRD-08',    '零售',                         'Retail trade'),
    ('TRD-08.03',    'TRD-08',    '商务服务',                     'Business services');
