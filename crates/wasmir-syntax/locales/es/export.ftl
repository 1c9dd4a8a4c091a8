# Mensajes de mir-export (es): E05xx. `$detail` es la descripción que da mir-export de la construcción MIR
# (en inglés), `$function` la función de Rust y `$help` su consejo concreto.

e0500 = {$detail}
    .label = { $function ->
        [none] en este elemento
       *[other] en la función `{$function}`
    }
    .hint = {$help}

e0501 = {$detail}
    .label = { $function ->
        [none] en este elemento
       *[other] en la función `{$function}`
    }
    .hint = {$help}

e0502 = {$detail}
    .label = { $function ->
        [none] en este elemento
       *[other] en la función `{$function}`
    }
    .hint = {$help}

e0503 = {$detail}
    .label = { $function ->
        [none] en este elemento
       *[other] en la función `{$function}`
    }
    .hint = {$help}

e0504 = {$detail}
    .label = { $function ->
        [none] en este elemento
       *[other] en la función `{$function}`
    }
    .hint = {$help}

e0505 = {$detail}
    .label = { $function ->
        [none] en este elemento
       *[other] en la función `{$function}`
    }
    .hint = {$help}

e0506 = {$detail}
    .label = { $function ->
        [none] en este elemento
       *[other] en la función `{$function}`
    }
    .hint = {$help}

e0507 = {$detail}
    .label = { $function ->
        [none] en este elemento
       *[other] en la función `{$function}`
    }
    .hint = {$help}

e0508 = {$detail}
    .label = { $function ->
        [none] en este elemento
       *[other] en la función `{$function}`
    }
    .hint = {$help}

e0509 = {$detail}
    .label = { $function ->
        [none] en este elemento
       *[other] en la función `{$function}`
    }
    .hint = {$help}

e0510 = {$detail}
    .label = { $function ->
        [none] en este elemento
       *[other] en la función `{$function}`
    }
    .hint = {$help}

e0511 = {$detail}
    .label = { $function ->
        [none] en este elemento
       *[other] en la función `{$function}`
    }
    .hint = {$help}

e0512 = {$detail}
    .label = { $function ->
        [none] en este elemento
       *[other] en la función `{$function}`
    }
    .hint = {$help}

e0513 = {$detail}
    .label = { $function ->
        [none] en este elemento
       *[other] en la función `{$function}`
    }
    .hint = {$help}


e0514 = {$detail}
    .label = { $function ->
        [none] en este elemento
       *[other] en la función `{$function}`
    }
    .hint = {$help}
