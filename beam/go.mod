module dipex/beam

go 1.26.0

require dipex v0.0.0

require github.com/apache/beam/sdks/v2 v2.77.0 // indirect

replace dipex => ../
