# mir-export 消息（zh-CN）：E05xx。`$detail` 是 mir-export 对 MIR 结构的描述（英文），
# `$function` 是 Rust 函数，`$help` 是具体的建议（英文）。

e0500 = mir-export 无法运行：{$detail}
    .label = { $function ->
        [none] 在此项中
       *[other] 在函数 `{$function}` 中
    }
    .hint = {$help}

e0501 = mir-export 不支持：{$detail}
    .label = { $function ->
        [none] 在此项中
       *[other] 在函数 `{$function}` 中
    }
    .hint = {$help}

e0502 = mir-export 不支持：{$detail}
    .label = { $function ->
        [none] 在此项中
       *[other] 在函数 `{$function}` 中
    }
    .hint = {$help}

e0503 = mir-export 不支持：{$detail}
    .label = { $function ->
        [none] 在此项中
       *[other] 在函数 `{$function}` 中
    }
    .hint = {$help}

e0504 = mir-export 不支持：{$detail}
    .label = { $function ->
        [none] 在此项中
       *[other] 在函数 `{$function}` 中
    }
    .hint = {$help}

e0505 = mir-export 不支持：{$detail}
    .label = { $function ->
        [none] 在此项中
       *[other] 在函数 `{$function}` 中
    }
    .hint = {$help}

e0506 = mir-export 不支持：{$detail}
    .label = { $function ->
        [none] 在此项中
       *[other] 在函数 `{$function}` 中
    }
    .hint = {$help}

e0507 = mir-export 不支持：{$detail}
    .label = { $function ->
        [none] 在此项中
       *[other] 在函数 `{$function}` 中
    }
    .hint = {$help}

e0508 = mir-export 不支持：{$detail}
    .label = { $function ->
        [none] 在此项中
       *[other] 在函数 `{$function}` 中
    }
    .hint = {$help}

e0509 = mir-export 不支持：{$detail}
    .label = { $function ->
        [none] 在此项中
       *[other] 在函数 `{$function}` 中
    }
    .hint = {$help}

e0510 = mir-export 不支持：{$detail}
    .label = { $function ->
        [none] 在此项中
       *[other] 在函数 `{$function}` 中
    }
    .hint = {$help}

e0511 = mir-export 不支持：{$detail}
    .label = { $function ->
        [none] 在此项中
       *[other] 在函数 `{$function}` 中
    }
    .hint = {$help}

e0512 = mir-export 不支持此编译目标：{$detail}
    .label = { $function ->
        [none] 在此项中
       *[other] 在函数 `{$function}` 中
    }
    .hint = {$help}

e0513 = mir-export 内部错误：{$detail}
    .label = { $function ->
        [none] 在此项中
       *[other] 在函数 `{$function}` 中
    }
    .hint = {$help}


e0514 = {$detail}
    .label = { $function ->
        [none] 在此项中
       *[other] 在函数 `{$function}` 中
    }
    .hint = {$help}
