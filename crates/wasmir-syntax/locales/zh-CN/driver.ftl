# driver 消息（zh-CN）。每个代码一条消息；参见 crates/wasmir-syntax/src/diag/mod.rs。

e0401 = 无法读取 `{$path}`：{$detail}
    .hint = 请检查文件是否存在且可读
e0402 = `{$path}` 不是 UTF-8 文本
    .hint = .wir 文件采用 UTF-8 编码；.wasm 文件只能传给 `wirc run`
e0403 = 无法写入 `{$path}`：{$detail}
    .hint = 请检查输出目录是否存在且可写
e0420 = wasmtime 无法加载该模块：{$detail}
    .hint = 请用 `wasm-tools validate` 验证该模块，或用 `wirc` 重新编译
e0421 = 模块没有导出名为 `{$name}` 的函数
    .hint = { $listed ->
        [none] 模块没有导出任何函数
       *[some] 已导出的函数：{$exports}
    }
e0422 = `{$name}` 接受 {$expected} 个参数，但传入了 {$got} 个
    .hint = 请在 `--invoke {$name}` 之后为每个形参传入一个实参
e0423 = 模块导入了 `{$module}`.`{$field}`，而 `wirc run` 不提供宿主函数
    .hint = 请在提供这些导入的宿主中运行带有导入的模块，或移除该导入
e0424 = `{$name}` 触发陷阱：{ $trap ->
        [unreachable] 执行到不可达代码
        [divide-by-zero] 整数除以零
        [integer-overflow] 整数溢出
        [invalid-conversion] 无效的整数转换
        [checked-overflow] 算术溢出
        [stack-overflow] 调用栈耗尽
        [memory-out-of-bounds] 内存访问越界
        [undefined-element] 未定义的元素
        [table-out-of-bounds] 表访问越界
        [indirect-call-type-mismatch] 间接调用类型不匹配
        [out-of-fuel] 燃料耗尽
        [unknown-import] 调用了未知的导入
        [invalid-ir] 无效的 IR
       *[other] {$detail}
    }{ $func ->
        [none] {""}
       *[other] ，发生于 {$func}
    }{ $at ->
        [none] {""}
       *[other] （位于 {$at}）
    }
    .hint = 陷阱（trap）是 Rust panic 或未定义操作（除以零、检查运算中的溢出、`trap`）在 wasm 中的表现形式
e0425 = 第 {$index} 个参数（`{$text}`）不是有效的 {$ty}
    .hint = 整数接受其位宽的有符号或无符号范围；浮点数接受十进制小数、`inf` 和 `nan`
e0426 = { $backend ->
        [native] 原生后端
       *[interp] 解释器
    }运行的是 WasmIR，而 `{$path}` 是 wasm 二进制文件
    .hint = 请将 .wir 文件传给 `wirc run --backend {$backend}`，或用 `--backend wasmtime` 运行 .wasm 文件
e0427 = 未知的优化遍 `{$pass}`
    .hint = `wirc passes` 列出了所有优化遍：{$passes}
e0428 = 没有诊断代码 `{$code}`
    .hint = 代码的写法如 `E0203`；请从 `error[...]` 行中复制一个
e0429 = 内部编译器错误：原生后端无法编译该模块：{$detail}
    .hint = 这是 wirc 的缺陷；请附上此 .wir 文件报告；在此期间可用 `--backend wasmtime` 或 `--backend interp` 运行该模块
e0498 = 内部编译器错误：发射的模块未通过验证：{$detail}
    .label = 在编译此模块时
    .hint = 这是 wirc 的缺陷；请附上此 .wir 文件报告该问题
e0499 = 内部编译器错误：优化遍 `{$pass}` 破坏了 IR（验证器错误：{$count} 个，第一个为 {$first}）
    .label = 在编译此模块时
    .hint = 这是 wirc 的缺陷；请附上此 .wir 文件报告该问题；`-O0` 可跳过该优化遍

# 不是错误代码：文件中的诊断多于打印出的数量时的结尾行（上限为
# crates/wasmir-syntax/src/diag/render.rs 中的 `MAX_RENDERED`）。`$count` 是数字，>= 1。
more-errors =
    { $count ->
       *[other] 另有 { $count } 个错误未显示
    }
    .hint = 请修正上述错误后重新运行以查看其余错误；后面的错误往往是前面错误的连带结果
