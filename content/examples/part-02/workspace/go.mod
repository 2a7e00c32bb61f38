// This example is a workspace of two modules: this one (the application)
// and ./lib. The go.work file beside it lists both, so the application
// builds against the library on disk, although the version it requires
// has never been published anywhere.
module example.com/app

go 1.26

require example.com/lib v1.0.0
