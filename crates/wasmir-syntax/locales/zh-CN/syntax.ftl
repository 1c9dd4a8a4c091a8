# syntax 消息（zh-CN）。每个代码一条消息；参见 crates/wasmir-syntax/src/diag/mod.rs。
# E00xx：词法与语法分析（crate::lexer、crate::parse）。E01xx：名称解析（crate::resolve）。

e0001 = 意外的字符 `{$char}`
    .label = 没有以此字符开头的词法单元
    .hint = 含有其他字符的名称须加引号书写，如 `@"core::fmt"`；注释以 `;` 开头
e0002 = 意外的 `{$found}`，应为以下之一：{$expected}
    .label = 此处不应出现
    .hint = 各语法结构的文法见文本格式一章（规范 §2.2）
e0003 = 意外的文件结尾，应为以下之一：{$expected}
    .label = 文件在此结束
    .hint = 文件可能被截断，或缺少右花括号 `{"}"}`
e0004 = 未终止的字符串
    .label = 本行没有闭合的 `"`
    .hint = 用 `"` 结束字符串；字符串中的换行写作 `\n`
e0005 = `{$word}` 是保留字
    .label = 为 WasmIR 的后续版本保留
    .hint = 在 0.1 版本中，保留字（规范 §9）不能用作运算符或关键字；需要用作名称时请加引号，如 `%"{$word}"`
e0006 = 无效的转义 `{$escape}`
    .label = 未知的转义序列
    .hint = 字符串和带引号的名称接受 `\\`、`\"`、`\n`、`\t` 以及带 Unicode 标量值的 `\u{"{"}HEX{"}"}`
e0007 = 格式错误的名称 `{$name}`
    .label = 既不是标识符也不是数字
    .hint = `%` 和 `^` 之后写标识符（`[A-Za-z_][A-Za-z0-9_.$]*`）或数字，`@` 之后写标识符；其他名称请加引号，如 `%"3x"`

e0100 = 缺少 `wasmir` 头部
    .label = 模块应从此处开始
    .hint = 请以 `wasmir {$supported}` 这一行作为文件的开头（规范 §8）
e0101 = 不支持的 WasmIR 版本 {$found}
    .label = 此构建读取版本 {$supported}
    .hint = 此构建读取版本 {$major}.0 至 {$supported}；请按其中某个版本改写模块，或使用能读取 {$found} 的工具链
e0102 = 格式错误的版本号 `{$found}`
    .label = 应为 `MAJOR.MINOR`
    .hint = 头部应写作 `wasmir {$supported}`
e0103 = 未知的运算符 `{$op}`
    .label = 不是运算符
    .hint = { $suggestion ->
        [none] 运算符列于规范 §4；运算符名称以其类型开头，如 `i32.add`
       *[other] 是否是指 `{$suggestion}`？
    }
e0104 = 未知的值 `{$name}`
    .label = `{$func}` 中没有此名称的值
    .hint = 请在此函数中将其定义为块参数或指令结果；值仅在其所属函数内有效
e0105 = 未知的基本块 `{$name}`
    .label = `{$func}` 中没有此标签的基本块
    .hint = 分支只能以本函数的基本块为目标；请检查标签的拼写
e0106 = 未知的函数 `{$name}`
    .label = 模块中没有此名称的函数
    .hint = 用 `fn {$name}(...)` 定义它，或用 `import "module" "field" fn {$name}(...)` 声明它
e0107 = 值 `{$name}` 被定义了两次
    .label = 在此处再次定义
    .first = 首次定义于此
    .hint = 函数中的每个值都有各自的名称；请重命名其中一个
e0108 = 基本块 `{$name}` 被定义了两次
    .label = 在此处再次定义
    .first = 首次定义于此
    .hint = 函数中的每个基本块都有各自的标签；请重命名其中一个
e0109 = 函数 `{$name}` 被定义了两次
    .label = 在此处再次定义
    .first = 首次定义于此
    .hint = 导入和函数共用同一个命名空间；请重命名其中一个
e0110 = 字面量 `{$literal}` 超出了 `{$ty}` 的范围
    .label = 无法放入 `{$ty}`
    .hint = { $kind ->
        [payload] `{$ty}` 的 NaN 载荷介于 {$min} 与 {$max} 之间；单独的 `nan` 表示规范 NaN
        [float] 有限的 `{$ty}` 值介于 {$min} 与 {$max} 之间；无穷大写作 `inf` 或 `-inf`
       *[other] `{$ty}` 接受 {$min} 至 {$max} 的整数（其有符号或无符号范围）
    }
e0111 = `{$inst}` 的结果数量错误：应为 {$expected} 个，实际为 {$found} 个
    .label = 此处写了 {$found} 个
    .hint = 在 `=` 之前为每个结果写一个名称；没有结果的指令（终结指令、`trapz`、`trapnz`、对无返回值函数的调用）不写 `=`
e0112 = 整数类型 `{$ty}` 使用了浮点字面量 `{$literal}`
    .label = 浮点字面量
    .hint = 请写整数，或使用浮点常量再加转换，例如 `{$ty}.trunc_f64_s`

e0113 = 未知的 `{$name}`
    .label = 没有此名称的内存、全局变量、表、类型或数据项
    .hint = 请在模块层级声明它，如 `memory {$name} 1` 或 `global {$name}: i32 = 0`（规范 §12）
e0114 = `{$name}` 被定义了两次
    .label = 在此处再次定义
    .first = 首次定义于此
    .hint = 内存、全局变量、表、类型和数据项共用同一个 `$` 名称命名空间；请重命名其中一个
e0115 = `{$name}` 是 `{$found}`，而不是 `{$expected}`
    .label = 此处应为 `{$expected}`
    .hint = 此位置应指定一个 `{$expected}`；请检查立即数的顺序，该顺序由运算符的格式决定
e0116 = `{$op}` 的立即数错误
    .label = {$problem ->
        [missing] 缺少立即数
        [unexpected] 不接受立即数
        [duplicate] 重复书写
        [unknown] 未知的立即数
       *[other] 此处不应出现
    }
    .hint = `{$op}` 的写法是 `{$form}`（规范 §2.3）
e0117 = 未知的栈槽 `{$name}`
    .label = `{$func}` 中没有此名称的栈槽
    .hint = 请在第一个基本块之前声明它，如 `slot {$name}: 8 align 4`
e0118 = 栈槽 `{$name}` 被定义了两次
    .label = 在此处再次定义
    .first = 首次定义于此
    .hint = 函数中的每个栈槽都有各自的名称；请重命名其中一个
e0119 = 格式错误的字节串 `{$text}`
    .label = 不是成对的十六进制数字
    .hint = 每个字节写两个十六进制数字，如 `x"00ff"`
e0120 = {$imported ->
        [yes] 导入的全局变量不能有初始值
       *[no] 全局变量 `{$name}` 需要初始值
    }
    .label = {$imported ->
        [yes] 该值由宿主提供
       *[no] 没有 `=` 值
    }
    .hint = {$imported ->
        [yes] 请删除 `= ...`；宿主在实例化模块时提供该值
       *[no] 请在 `=` 之后写出它的值，如 `global {$name}: i32 = 0`
    }
e0121 = 指令位置缺少文件
    .label = 此处没有文件，且函数没有 `loc`
    .hint = 请指明文件，如 `loc "src/lib.rs" 12:5`，或为函数指定 `loc "file" line:col`
